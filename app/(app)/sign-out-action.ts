"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { readSessionToken, sessionCookieName, sessionCookieOptions } from "@/lib/auth/session";
import { recordSignOut } from "@/lib/dal/auth";
import { requestIdFrom } from "@/lib/http/request-id";

// The header's "Abmelden" button. A server action (Next checks its origin); deletes this
// browser's session cookie and records the sign-out.
export async function signOutAction(): Promise<void> {
  const store = await cookies();
  const name = sessionCookieName();
  const claims = await readSessionToken(store.get(name)?.value);
  await recordSignOut(claims, requestIdFrom(await headers()));
  // Set, not delete: a __Secure- cookie is only replaced by one that is itself Secure.
  store.set(name, "", { ...sessionCookieOptions(), maxAge: 0 });
  redirect("/anmelden?abgemeldet=1");
}
