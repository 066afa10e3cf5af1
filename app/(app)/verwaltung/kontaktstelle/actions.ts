"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/forms/form-state";
import { updateContact } from "@/lib/dal/municipality";
import { CONTACT_FIELDS, updateContactSchema } from "@/lib/schemas/municipality";
import { formValues, runWrite } from "../../master-data-action";

// The coordination office's contact: the admin edits it (the DAL checks).

export async function updateContactAction(_previous: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data, CONTACT_FIELDS);
  const input = { ...values, ...formValues(data, ["id", "version"]) };
  const result = await runWrite(updateContactSchema, input, values, updateContact);
  if (!result.ok) return result.state;
  revalidatePath("/");
  redirect("/verwaltung/kontaktstelle?gespeichert=1");
}
