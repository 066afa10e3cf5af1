"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { RecordFormState } from "@/components/staff/form-state";
import { NotFoundError } from "@/lib/dal/errors";
import { createStaff, endEmployment, type StaffSnapshot, updateStaff } from "@/lib/dal/staff";
import { fieldErrorKeys } from "@/lib/schemas/form-errors";
import { createStaffSchema, endEmploymentSchema, updateStaffSchema } from "@/lib/schemas/staff";
import { actionContext, fieldsOf, refusedState } from "./action-context";

// Server actions of the staff pages: parse with zod, hand the viewer to the DAL, which decides
// who may (staff.write, own provider) and writes the audit event in the same transaction.

const EDITABLE = ["personnelNumber", "firstName", "lastName", "email", "phone", "qualification", "employmentFte"];
const ADMIN_ONLY = ["providerId", "employedFrom", "employedUntil"];

/** What a stale form is shown as stored now (FTE in thousandths, dates ISO; the form formats them). */
function currentValues(stored: StaffSnapshot): Record<string, string> {
  return {
    personnelNumber: stored.personnelNumber,
    lastName: stored.lastName,
    firstName: stored.firstName,
    email: stored.email ?? "",
    phone: stored.phone ?? "",
    qualification: stored.qualification ?? "",
    employmentFte: String(stored.employmentFteMilli),
    employedFrom: stored.employedFrom,
    employedUntil: stored.employedUntil ?? "",
  };
}

export async function createStaffAction(_previous: RecordFormState, data: FormData): Promise<RecordFormState> {
  // No providerId default: a provider's form has no such field, and an admin's empty select
  // arrives as "" and is reported as required with the other errors.
  const values = {
    employedFrom: "",
    employedUntil: "",
    ...fieldsOf(data, [...EDITABLE, ...ADMIN_ONLY]),
  };
  const parsed = createStaffSchema.safeParse(values);
  if (!parsed.success) return { message: "invalid", fieldErrors: fieldErrorKeys(parsed.error), values };
  const { viewer, audit } = await actionContext();
  let id: string;
  try {
    const result = await createStaff(viewer, parsed.data, audit);
    if (!result.ok) return refusedState(result, values);
    id = result.value.id;
  } catch (error) {
    if (error instanceof NotFoundError) return { notFound: true, values };
    throw error;
  }
  revalidatePath("/fachkraefte");
  redirect(`/fachkraefte/${id}?gespeichert=angelegt`);
}

export async function updateStaffAction(_previous: RecordFormState, data: FormData): Promise<RecordFormState> {
  // The admin-only fields count only when the form sent them (a provider's form does not).
  const values = fieldsOf(data, ["id", "version", ...EDITABLE, ...ADMIN_ONLY]);
  const parsed = updateStaffSchema.safeParse(values);
  if (!parsed.success) return { message: "invalid", fieldErrors: fieldErrorKeys(parsed.error), values };
  const { viewer, audit } = await actionContext();
  try {
    const result = await updateStaff(viewer, parsed.data, audit);
    if (!result.ok) return refusedState(result, values, currentValues);
  } catch (error) {
    if (error instanceof NotFoundError) return { notFound: true, values };
    throw error;
  }
  revalidatePath("/fachkraefte");
  redirect(`/fachkraefte/${parsed.data.id}?gespeichert=geaendert`);
}

export async function endEmploymentAction(_previous: RecordFormState, data: FormData): Promise<RecordFormState> {
  const values = fieldsOf(data, ["id", "version", "employedUntil"]);
  const parsed = endEmploymentSchema.safeParse(values);
  if (!parsed.success) return { message: "invalid", fieldErrors: fieldErrorKeys(parsed.error), values };
  const { viewer, audit } = await actionContext();
  try {
    const result = await endEmployment(viewer, parsed.data, audit);
    if (!result.ok) return refusedState(result, values, currentValues);
  } catch (error) {
    if (error instanceof NotFoundError) return { notFound: true, values };
    throw error;
  }
  revalidatePath("/fachkraefte");
  redirect(`/fachkraefte/${parsed.data.id}?gespeichert=beendet`);
}
