import { z } from "zod";
import {
  dateInput,
  fteInput,
  idInput,
  inOrder,
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
  .refine((value) => inOrder(value.validFrom, value.validUntil), { path: ["validUntil"], message: "dateOrder" });
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
 */
export const transferAssignmentSchema = z.object({
  id: idInput,
  version: versionInput,
  lastDay: dateInput,
  toSchoolId: idInput,
  fte: fteInput,
  fundingSourceId: optionalIdInput,
});
export type TransferAssignmentInput = z.infer<typeof transferAssignmentSchema>;
