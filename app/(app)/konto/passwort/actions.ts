"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { issueSessionToken, sessionCookieName, sessionCookieOptions } from "@/lib/auth/session";
import { changePasswordOf } from "@/lib/dal/auth";
import { getSessionState } from "@/lib/dal/viewer";
import { requestIdFrom } from "@/lib/http/request-id";
import type { Message } from "@/lib/i18n/message";

/** Messages are catalog keys with values; the form translates them. */
export type ChangePasswordState = {
  fieldErrors?: Partial<Record<"currentPassword" | "newPassword" | "repeatPassword", Message>>;
  message?: Message;
};

const field = (data: FormData, name: string) => {
  const value = data.get(name);
  return typeof value === "string" ? value : "";
};

export async function changePasswordAction(
  _previous: ChangePasswordState,
  data: FormData,
): Promise<ChangePasswordState> {
  const state = await getSessionState();
  if (!state) redirect("/anmelden?next=%2Fkonto%2Fpasswort");
  const result = await changePasswordOf(
    state.viewer,
    state.claims.sessionVersion,
    {
      currentPassword: field(data, "currentPassword"),
      newPassword: field(data, "newPassword"),
      repeatPassword: field(data, "repeatPassword"),
    },
    { requestId: requestIdFrom(await headers()) },
  );
  if (!result.ok) return { fieldErrors: result.fieldErrors, message: result.message };

  // Every other session has ended (sessionVersion moved on); this browser keeps going with a
  // cookie for the new version and the original sign-in time (the 8-hour limit still counts).
  const { value, maxAge } = await issueSessionToken({
    userId: state.viewer.userId,
    sessionId: state.claims.sessionId,
    sessionVersion: result.sessionVersion,
    authTime: state.claims.authTime,
  });
  (await cookies()).set(sessionCookieName(), value, { ...sessionCookieOptions(), maxAge });
  redirect("/start?passwort=geaendert");
}
