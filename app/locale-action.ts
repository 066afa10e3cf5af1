"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { safeNextPath } from "@/lib/auth/next-path";
import { LOCALE_COOKIE, localeOr } from "@/lib/i18n/config";

// The language switch: open to everyone (it only sets the visitor's own preference cookie),
// then back to the page the visitor was on.
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = localeOr(formData.get("locale"));
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    maxAge: 60 * 60 * 24 * 365,
  });
  const next = formData.get("next");
  redirect(safeNextPath(typeof next === "string" ? next : null, "/", { allowSignInPage: true }));
}
