import "server-only";
import { type ChangePasswordInput, changeOwnPassword } from "../auth/change-password.ts";
import type { SessionClaims } from "../auth/session.ts";
import { checkCredentials, type SignInInput } from "../auth/sign-in.ts";
import { signOutSession } from "../auth/sign-out.ts";
import { startUserSession } from "../auth/user-session.ts";
import { prisma } from "../db.ts";
import type { SignedInViewer } from "./viewer-types.ts";

// The sign-in layer's database work, through the DAL's client. The logic lives in lib/auth/
// and takes the client as a parameter (so tests can give it theirs); only this door hands
// it the app's.

export function signInWithCredentials(input: SignInInput) {
  return checkCredentials(prisma, input);
}

/** Ends this browser's session on the server and audits the sign-out. */
export function recordSignOut(claims: SessionClaims | null, requestId: string | null) {
  return signOutSession(prisma, claims, requestId);
}

/** The server-side session of a sign-in that just succeeded; its id goes into the cookie. */
export function startSession(userId: string, userAgent: string | null) {
  return startUserSession(prisma, userId, userAgent);
}

export function changePasswordOf(
  viewer: SignedInViewer,
  sessionVersion: number,
  input: ChangePasswordInput,
  context: { requestId: string },
) {
  return changeOwnPassword(prisma, viewer, sessionVersion, input, context);
}
