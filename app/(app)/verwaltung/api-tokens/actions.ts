"use server";

import { revalidatePath } from "next/cache";
import type { SecretState } from "@/components/admin/form-state";
import { createApiToken, revokeApiToken } from "@/lib/dal/api-tokens";
import { NotFoundError } from "@/lib/dal/errors";
import { message } from "@/lib/i18n/message";
import { apiTokenIdSchema, createApiTokenSchema } from "@/lib/schemas/api-token";
import { fieldErrorsOf } from "@/lib/schemas/user";
import { actionContext, NOT_FOUND_MESSAGE, text } from "../benutzer/action-context";

// Server actions of the API token administration: parse, call the DAL with the viewer.

export async function createApiTokenAction(_previous: SecretState, data: FormData): Promise<SecretState> {
  const parsed = createApiTokenSchema.safeParse({
    userId: text(data, "userId"),
    name: text(data, "name"),
    expiresOn: text(data, "expiresOn"),
  });
  if (!parsed.success) return { message: message("errors.checkInput"), fieldErrors: fieldErrorsOf(parsed.error) };
  const { viewer, audit } = await actionContext();
  try {
    const result = await createApiToken(viewer, parsed.data, audit);
    if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
    revalidatePath("/verwaltung/api-tokens");
    return { secret: result.value.token, label: result.value.apiToken.name };
  } catch (error) {
    if (error instanceof NotFoundError) return { message: NOT_FOUND_MESSAGE };
    throw error;
  }
}

/** Revokes a token (a plain form action: the table re-renders with the new status). */
export async function revokeApiTokenAction(data: FormData): Promise<void> {
  const id = apiTokenIdSchema.safeParse(text(data, "id"));
  if (!id.success) return;
  const { viewer, audit } = await actionContext();
  try {
    await revokeApiToken(viewer, id.data, audit);
  } catch (error) {
    // Someone without the right, or a token that is gone: nothing to do, nothing to reveal.
    if (!(error instanceof NotFoundError)) throw error;
  }
  revalidatePath("/verwaltung/api-tokens");
}
