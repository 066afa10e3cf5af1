"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/forms/form-state";
import { createDistrict, setDistrictArchived, updateDistrict } from "@/lib/dal/districts";
import { createDistrictSchema, DISTRICT_FIELDS, updateDistrictSchema } from "@/lib/schemas/district";
import { archiveSchema } from "@/lib/schemas/master-data-fields";
import { ARCHIVE_FIELDS, formValues, runWrite } from "../master-data-action";

// Districts: created, renamed and archived by the admin. There is no detail page: a save
// returns to the list.

export async function createDistrictAction(_previous: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data, DISTRICT_FIELDS);
  const result = await runWrite(createDistrictSchema, values, values, createDistrict);
  if (!result.ok) return result.state;
  revalidatePath("/stadtbezirke");
  redirect("/stadtbezirke?gespeichert=1");
}

export async function updateDistrictAction(_previous: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data, DISTRICT_FIELDS);
  const input = { ...values, ...formValues(data, ["id", "version"]) };
  const result = await runWrite(updateDistrictSchema, input, values, updateDistrict);
  if (!result.ok) return result.state;
  revalidatePath("/stadtbezirke");
  redirect("/stadtbezirke?gespeichert=1");
}

export async function setDistrictArchivedAction(_previous: FormState, data: FormData): Promise<FormState> {
  const result = await runWrite(archiveSchema, formValues(data, ARCHIVE_FIELDS), {}, setDistrictArchived);
  if (!result.ok) return result.state;
  revalidatePath("/stadtbezirke");
  redirect(`/stadtbezirke/${result.value.id}/bearbeiten`);
}
