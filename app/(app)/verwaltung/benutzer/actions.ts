"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { NoticeState, SecretState, UserFormState, UserFormValues } from "@/components/admin/form-state";
import { NotFoundError } from "@/lib/dal/errors";
import { createUser, resetPassword, setUserActive, signOutEverywhere, updateUser } from "@/lib/dal/users";
import { type Message, message } from "@/lib/i18n/message";
import { createUserSchema, fieldErrorsOf, updateUserSchema, userIdSchema } from "@/lib/schemas/user";
import { actionContext, NOT_FOUND_MESSAGE, text } from "./action-context";

// Server actions of the user administration: parse with zod, call the DAL with the viewer.
// The DAL decides who may (users.manage) and writes the audit event.

const INVALID = message("errors.checkInput");

function valuesOf(data: FormData): UserFormValues {
  return {
    email: text(data, "email"),
    name: text(data, "name"),
    role: text(data, "role"),
    providerId: text(data, "providerId"),
    schoolId: text(data, "schoolId"),
  };
}

export async function createUserAction(_previous: UserFormState, data: FormData): Promise<UserFormState> {
  const values = valuesOf(data);
  const parsed = createUserSchema.safeParse(values);
  if (!parsed.success) return { message: INVALID, fieldErrors: fieldErrorsOf(parsed.error), values };
  const { viewer, audit } = await actionContext();
  try {
    const result = await createUser(viewer, parsed.data, audit);
    if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors, values };
    revalidatePath("/verwaltung/benutzer");
    const { user, oneTimePassword } = result.value;
    return { created: { id: user.id, email: user.email, name: user.name, oneTimePassword } };
  } catch (error) {
    if (error instanceof NotFoundError) return { message: NOT_FOUND_MESSAGE, values };
    throw error;
  }
}

export async function updateUserAction(_previous: UserFormState, data: FormData): Promise<UserFormState> {
  const values = valuesOf(data);
  const parsed = updateUserSchema.safeParse({ ...values, id: text(data, "id"), version: text(data, "version") });
  if (!parsed.success) return { message: INVALID, fieldErrors: fieldErrorsOf(parsed.error), values };
  const { viewer, audit } = await actionContext();
  let saved: string;
  try {
    const result = await updateUser(viewer, parsed.data, audit);
    if (!result.ok) {
      return {
        message: result.message,
        fieldErrors: result.fieldErrors,
        conflict: result.reason === "conflict",
        values,
      };
    }
    saved = result.value.id;
  } catch (error) {
    if (error instanceof NotFoundError) return { message: NOT_FOUND_MESSAGE, values };
    throw error;
  }
  revalidatePath("/verwaltung/benutzer");
  redirect(`/verwaltung/benutzer/${saved}?gespeichert=1`);
}

/** Runs one of the detail page's buttons (disable/enable, sign out everywhere). */
async function userCommand(
  data: FormData,
  run: (id: string, context: Awaited<ReturnType<typeof actionContext>>) => Promise<{ ok: boolean; message?: Message }>,
  notice: Message,
): Promise<NoticeState> {
  const id = userIdSchema.safeParse(text(data, "id"));
  if (!id.success) return { message: NOT_FOUND_MESSAGE };
  const context = await actionContext();
  try {
    const result = await run(id.data, context);
    if (!result.ok) return { message: result.message ?? INVALID };
  } catch (error) {
    if (error instanceof NotFoundError) return { message: NOT_FOUND_MESSAGE };
    throw error;
  }
  revalidatePath("/verwaltung/benutzer");
  revalidatePath(`/verwaltung/benutzer/${id.data}`);
  return { notice };
}

/** Disables (active=false) or enables (active=true) a user. */
export async function setUserActiveAction(_previous: NoticeState, data: FormData): Promise<NoticeState> {
  const active = text(data, "active") === "true";
  return userCommand(
    data,
    (id, { viewer, audit }) => setUserActive(viewer, id, active, audit),
    message(active ? "users.notices.enabled" : "users.notices.disabled"),
  );
}

export async function signOutEverywhereAction(_previous: NoticeState, data: FormData): Promise<NoticeState> {
  return userCommand(
    data,
    (id, { viewer, audit }) => signOutEverywhere(viewer, id, audit),
    message("users.notices.signedOutEverywhere"),
  );
}

export async function resetPasswordAction(_previous: SecretState, data: FormData): Promise<SecretState> {
  const id = userIdSchema.safeParse(text(data, "id"));
  if (!id.success) return { message: NOT_FOUND_MESSAGE };
  const { viewer, audit } = await actionContext();
  try {
    const result = await resetPassword(viewer, id.data, audit);
    if (!result.ok) return { message: result.message };
    revalidatePath(`/verwaltung/benutzer/${id.data}`);
    return { secret: result.value.oneTimePassword, label: result.value.user.email };
  } catch (error) {
    if (error instanceof NotFoundError) return { message: NOT_FOUND_MESSAGE };
    throw error;
  }
}
