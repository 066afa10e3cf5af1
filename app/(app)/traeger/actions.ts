"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/forms/form-state";
import { createProvider, setProviderArchived, updateProvider, updateProviderContact } from "@/lib/dal/providers";
import { archiveSchema } from "@/lib/schemas/master-data-fields";
import {
  createProviderSchema,
  PROVIDER_FIELDS,
  updateProviderContactSchema,
  updateProviderSchema,
} from "@/lib/schemas/provider";
import { ARCHIVE_FIELDS, formValues, runWrite } from "../master-data-action";

// Providers: the admin creates, edits and archives; a provider's user changes their own contact.

export async function createProviderAction(_previous: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data, PROVIDER_FIELDS);
  const result = await runWrite(createProviderSchema, values, values, createProvider);
  if (!result.ok) return result.state;
  revalidatePath("/traeger");
  redirect(`/traeger/${result.value.id}?gespeichert=1`);
}

export async function updateProviderAction(_previous: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data, PROVIDER_FIELDS);
  const input = { ...values, ...formValues(data, ["id", "version"]) };
  const result = await runWrite(updateProviderSchema, input, values, updateProvider);
  if (!result.ok) return result.state;
  revalidatePath("/traeger");
  redirect(`/traeger/${result.value.id}?gespeichert=1`);
}

export async function updateProviderContactAction(_previous: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data, ["contact"]);
  const input = { ...values, ...formValues(data, ["id", "version"]) };
  const result = await runWrite(updateProviderContactSchema, input, values, updateProviderContact);
  if (!result.ok) return result.state;
  revalidatePath("/traeger");
  redirect(`/traeger/${result.value.id}?gespeichert=1`);
}

export async function setProviderArchivedAction(_previous: FormState, data: FormData): Promise<FormState> {
  const result = await runWrite(archiveSchema, formValues(data, ARCHIVE_FIELDS), {}, setProviderArchived);
  if (!result.ok) return result.state;
  revalidatePath("/traeger");
  redirect(`/traeger/${result.value.id}`);
}
