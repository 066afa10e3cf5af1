"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/forms/form-state";
import { parseIsoDate } from "@/lib/coverage/dates";
import { updatePupilsPerFteThreshold } from "@/lib/dal/warning-settings";
import { THRESHOLD_FIELDS, thresholdSchema } from "@/lib/schemas/warning-settings";
import { formValues, runWrite } from "../../master-data-action";

// The pupils-per-FTE threshold, set by the admin on /uebersicht/hinweise. Who may: the DAL.

/** `keyDate` is bound by the page (the date the admin was looking at), checked again here. */
export async function updateThresholdAction(keyDate: string, _previous: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data, THRESHOLD_FIELDS);
  const input = { ...values, ...formValues(data, ["id", "version"]) };
  const result = await runWrite(thresholdSchema, input, values, updatePupilsPerFteThreshold);
  if (!result.ok) return result.state;
  revalidatePath("/uebersicht");
  const date = parseIsoDate(keyDate);
  redirect(`/uebersicht/hinweise?${date ? `stichtag=${date}&` : ""}gespeichert=1#richtwert`);
}
