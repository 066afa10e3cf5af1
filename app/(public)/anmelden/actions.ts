"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { deviceCookieName, deviceCookieOptions } from "@/lib/auth/device-cookie";
import { safeNextPath } from "@/lib/auth/next-path";
import { issueSessionToken, nowSeconds, sessionCookieName, sessionCookieOptions } from "@/lib/auth/session";
import { signInWithCredentials, startSession } from "@/lib/dal/auth";
import { clientIpFrom } from "@/lib/http/client-ip";
import { requestIdFrom } from "@/lib/http/request-id";
import { LOCALE_COOKIE, localeOr } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translator";

// The sign-in form's action: a POST, also without JavaScript (the form is a plain form whose
// action is this server action; Next checks its origin). The same checks as next-auth's
// credentials route (lib/auth/sign-in.ts: throttling, audit, known device) and the same
// session (a user_session row and next-auth's JWT cookie).

export type SignInState = { error?: string };

const text = (data: FormData, name: string) => {
  const value = data.get(name);
  return typeof value === "string" ? value : "";
};

export async function signInAction(_previous: SignInState, data: FormData): Promise<SignInState> {
  const [requestHeaders, store] = await Promise.all([headers(), cookies()]);
  // The visitor's language from the cookie, as lib/i18n/request.ts reads it for pages.
  const t = translator("auth", localeOr(store.get(LOCALE_COOKIE)?.value));
  const email = text(data, "email").trim();
  const password = text(data, "password");
  if (!email || !password) return { error: t("errors.missing") };
  const result = await signInWithCredentials({
    email,
    password,
    ip: clientIpFrom(requestHeaders),
    deviceCookie: store.get(deviceCookieName())?.value ?? null,
    requestId: requestIdFrom(requestHeaders),
  });
  if (!result.ok) {
    if (result.reason === "invalid") return { error: t("errors.invalid") };
    const seconds = result.retryAfterSeconds;
    return {
      error:
        seconds > 90
          ? t("errors.throttledMinutes", { minutes: Math.ceil(seconds / 60) })
          : t("errors.throttledSeconds", { seconds: Math.max(1, seconds) }),
    };
  }
  const sessionId = await startSession(result.user.id, requestHeaders.get("user-agent"));
  const { value, maxAge } = await issueSessionToken({
    userId: result.user.id,
    sessionId,
    sessionVersion: result.user.sessionVersion,
    authTime: nowSeconds(),
  });
  store.set(sessionCookieName(), value, { ...sessionCookieOptions(), maxAge });
  store.set(deviceCookieName(), result.deviceCookie, deviceCookieOptions());
  redirect(result.user.mustChangePassword ? "/konto/passwort" : safeNextPath(text(data, "next")));
}
