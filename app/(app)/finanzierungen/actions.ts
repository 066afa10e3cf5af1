"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/forms/form-state";
import { createFundingSource, setFundingSourceArchived, updateFundingSource } from "@/lib/dal/funding-sources";
import { createFundingSourceSchema, FUNDING_FIELDS, updateFundingSourceSchema } from "@/lib/schemas/funding-source";
import { archiveSchema } from "@/lib/schemas/master-data-fields";
import { ARCHIVE_FIELDS, formValues, runWrite } from "../master-data-action";

// Funding sources: created, edited and archived by the admin.

export async function createFundingSourceAction(_previous: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data, FUNDING_FIELDS);
  const result = await runWrite(createFundingSourceSchema, values, values, createFundingSource);
  if (!result.ok) return result.state;
  revalidatePath("/finanzierungen");
  redirect(`/finanzierungen/${result.value.id}?gespeichert=1`);
}

export async function updateFundingSourceAction(_previous: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data, FUNDING_FIELDS);
  const input = { ...values, ...formValues(data, ["id", "version"]) };
  const result = await runWrite(updateFundingSourceSchema, input, values, updateFundingSource);
  if (!result.ok) return result.state;
  revalidatePath("/finanzierungen");
  redirect(`/finanzierungen/${result.value.id}?gespeichert=1`);
}

export async function setFundingSourceArchivedAction(_previous: FormState, data: FormData): Promise<FormState> {
  const result = await runWrite(archiveSchema, formValues(data, ARCHIVE_FIELDS), {}, setFundingSourceArchived);
  if (!result.ok) return result.state;
  revalidatePath("/finanzierungen");
  redirect(`/finanzierungen/${result.value.id}`);
}
