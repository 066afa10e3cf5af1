import { z } from "zod";
import {
  acrossFields,
  dateInput,
  datesInOrder,
  dayOf,
  fteInput,
  idInput,
  optionalDateInput,
  optionalIdInput,
  optionalText,
  versionInput,
} from "./form-inputs.ts";

// Assignment input: create, end, transfer. FTE arrives as typed ("0,5"), in thousandths after
// parsing. Error messages are keys of the "errors" catalog.

export const createAssignmentSchema = z
  .object({
    staffMemberId: idInput,
    schoolId: idInput,
    fte: fteInput,
    validFrom: dateInput,
    validUntil: optionalDateInput,
    fundingSourceId: optionalIdInput,
    note: optionalText(500),
  })
  .check(datesInOrder("validFrom", "validUntil"));
export type CreateAssignmentInput = z.infer<typeof createAssignmentSchema>;

export const endAssignmentSchema = z.object({
  id: idInput,
  version: versionInput,
  validUntil: dateInput,
});
export type EndAssignmentInput = z.infer<typeof endAssignmentSchema>;

/**
 * A transfer: the assignment ends at its school on `lastDay` and continues at `toSchoolId`
 * from the day after, with `fte` and the funding source chosen (the form offers the old ones).
 * The form also sends the assignment as it was loaded (start, planned end, school), so that a
 * last day outside it or the same school is reported with the other errors. Those fields only
 * decide what is said in this round: the DAL checks the stored assignment again (a stale form
 * is a conflict by its version anyway).
 */
export const transferAssignmentSchema = z
  .object({
    id: idInput,
    version: versionInput,
    lastDay: dateInput,
    toSchoolId: idInput,
    fte: fteInput,
    fundingSourceId: optionalIdInput,
    assignmentFrom: optionalDateInput.optional(),
    assignmentUntil: optionalDateInput.optional(),
    fromSchoolId: optionalIdInput.optional(),
  })
  .check(
    acrossFields((value) => {
      const lastDay = dayOf(value.lastDay);
      const from = dayOf(value.assignmentFrom);
      const until = dayOf(value.assignmentUntil);
      const issues: { field: string; message: "dateOrder" | "invalid" | "sameSchool" }[] = [];
      if (lastDay && from && lastDay < from) issues.push({ field: "lastDay", message: "dateOrder" });
      // At least one day must be left for the assignment to continue at the new school.
      if (lastDay && until && lastDay >= until) issues.push({ field: "lastDay", message: "invalid" });
      if (typeof value.toSchoolId === "string" && value.toSchoolId === value.fromSchoolId) {
        issues.push({ field: "toSchoolId", message: "sameSchool" });
      }
      return issues;
    }),
  );
export type TransferAssignmentInput = z.infer<typeof transferAssignmentSchema>;
