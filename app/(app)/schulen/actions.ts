"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/forms/form-state";
import { createSchool, setSchoolArchived, updateSchool } from "@/lib/dal/schools";
import { archiveSchema } from "@/lib/schemas/master-data-fields";
import { createSchoolSchema, SCHOOL_FIELDS, updateSchoolSchema } from "@/lib/schemas/school";
import { ARCHIVE_FIELDS, formValues, runWrite } from "../master-data-action";

// Schools: create, edit, archive. Thin: validation in lib/schemas, permission and audit in the DAL.

export async function createSchoolAction(_previous: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data, SCHOOL_FIELDS);
  const result = await runWrite(createSchoolSchema, values, values, createSchool);
  if (!result.ok) return result.state;
  revalidatePath("/schulen");
  redirect(`/schulen/${result.value.id}?gespeichert=1`);
}

export async function updateSchoolAction(_previous: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data, SCHOOL_FIELDS);
  const input = { ...values, ...formValues(data, ["id", "version"]) };
  const result = await runWrite(updateSchoolSchema, input, values, updateSchool);
  if (!result.ok) return result.state;
  revalidatePath("/schulen");
  redirect(`/schulen/${result.value.id}?gespeichert=1`);
}

export async function setSchoolArchivedAction(_previous: FormState, data: FormData): Promise<FormState> {
  const result = await runWrite(archiveSchema, formValues(data, ARCHIVE_FIELDS), {}, setSchoolArchived);
  if (!result.ok) return result.state;
  revalidatePath("/schulen");
  redirect(`/schulen/${result.value.id}`);
}
