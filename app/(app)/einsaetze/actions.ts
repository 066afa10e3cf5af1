"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { RecordFormState } from "@/components/staff/form-state";
import { type AssignmentCurrent, createAssignment, endAssignment, transferAssignment } from "@/lib/dal/assignments";
import { NotFoundError } from "@/lib/dal/errors";
import { createAssignmentSchema, endAssignmentSchema, transferAssignmentSchema } from "@/lib/schemas/assignment";
import { fieldErrorKeys } from "@/lib/schemas/form-errors";
import { actionContext, fieldsOf, refusedState } from "../fachkraefte/action-context";

// Server actions of the assignment pages (admin only; the DAL refuses everyone else). Each
// answers on the staff member's page, at the assignment's anchor.

const currentValues = (stored: AssignmentCurrent): Record<string, string> => ({
  schoolName: stored.schoolName,
  fte: String(stored.fteMilli),
  validFrom: stored.validFrom,
  validUntil: stored.validUntil ?? "",
});

const staffPage = (staffId: string, notice: string, assignmentId: string) =>
  `/fachkraefte/${staffId}?gespeichert=${notice}#einsatz-${assignmentId}`;

export async function createAssignmentAction(_previous: RecordFormState, data: FormData): Promise<RecordFormState> {
  const values = {
    validUntil: "",
    fundingSourceId: "",
    note: "",
    ...fieldsOf(data, ["staffMemberId", "schoolId", "fte", "validFrom", "validUntil", "fundingSourceId", "note"]),
  };
  const parsed = createAssignmentSchema.safeParse(values);
  if (!parsed.success) return { message: "invalid", fieldErrors: fieldErrorKeys(parsed.error), values };
  const { viewer, audit } = await actionContext();
  let target: string;
  try {
    const result = await createAssignment(viewer, parsed.data, audit);
    if (!result.ok) return refusedState(result, values);
    target = staffPage(result.value.staffMemberId, "einsatz-angelegt", result.value.id);
  } catch (error) {
    if (error instanceof NotFoundError) return { notFound: true, values };
    throw error;
  }
  revalidatePath("/fachkraefte");
  redirect(target);
}

export async function endAssignmentAction(_previous: RecordFormState, data: FormData): Promise<RecordFormState> {
  const values = fieldsOf(data, ["id", "version", "validUntil"]);
  const parsed = endAssignmentSchema.safeParse(values);
  if (!parsed.success) return { message: "invalid", fieldErrors: fieldErrorKeys(parsed.error), values };
  const { viewer, audit } = await actionContext();
  let target: string;
  try {
    const result = await endAssignment(viewer, parsed.data, audit);
    if (!result.ok) return refusedState(result, values, currentValues);
    target = staffPage(result.value.staffMemberId, "einsatz-beendet", result.value.id);
  } catch (error) {
    if (error instanceof NotFoundError) return { notFound: true, values };
    throw error;
  }
  revalidatePath("/fachkraefte");
  redirect(target);
}

export async function transferAssignmentAction(_previous: RecordFormState, data: FormData): Promise<RecordFormState> {
  const values = {
    fundingSourceId: "",
    ...fieldsOf(data, [
      "id",
      "version",
      "lastDay",
      "toSchoolId",
      "fte",
      "fundingSourceId",
      // The assignment as the form was loaded: for the rules of the last day in the same round.
      "assignmentFrom",
      "assignmentUntil",
      "fromSchoolId",
    ]),
  };
  const parsed = transferAssignmentSchema.safeParse(values);
  if (!parsed.success) return { message: "invalid", fieldErrors: fieldErrorKeys(parsed.error), values };
  const { viewer, audit } = await actionContext();
  let target: string;
  try {
    const result = await transferAssignment(viewer, parsed.data, audit);
    if (!result.ok) return refusedState(result, values, currentValues);
    target = staffPage(result.value.staffMemberId, "wechsel", result.value.continuedId);
  } catch (error) {
    if (error instanceof NotFoundError) return { notFound: true, values };
    throw error;
  }
  revalidatePath("/fachkraefte");
  redirect(target);
}
