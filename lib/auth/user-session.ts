import type { PrismaClient } from "../generated/prisma/client.ts";
import type { SessionClaims } from "./session.ts";

// The server-side half of a session (table user_session): created at sign-in and named by
// the cookie's `sid`, checked on every request (lib/dal/viewer.ts), ended by signing out.
// Ending it makes that cookie worthless at once, even where a copy of it survives, while the
// user's other browsers keep their own sessions ("sign out everywhere" is sessionVersion).

type Db = Pick<PrismaClient, "userSession">;

/** Last use is written at most this often (a busy page must not turn every read into a write). */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

const USER_AGENT_MAX = 200;

/** Starts a session for a user who has just signed in; returns its id for the cookie. */
export async function startUserSession(db: Db, userId: string, userAgent: string | null): Promise<string> {
  const row = await db.userSession.create({
    data: { userId, userAgent: userAgent ? userAgent.slice(0, USER_AGENT_MAX) : null },
    select: { id: true },
  });
  return row.id;
}

/** Ends this browser's session; nothing when the claims are missing or already ended. */
export async function endUserSession(db: Db, claims: SessionClaims | null, now: Date = new Date()): Promise<void> {
  if (!claims) return;
  await db.userSession.updateMany({
    where: { id: claims.sessionId, userId: claims.userId, endedAt: null },
    data: { endedAt: now },
  });
}

/** Records use of a live session, at most once per LAST_SEEN_RESOLUTION_MS. */
export async function touchUserSession(db: Db, sessionId: string, lastSeenAt: Date, now: Date = new Date()) {
  if (now.getTime() - lastSeenAt.getTime() < LAST_SEEN_RESOLUTION_MS) return;
  await db.userSession.updateMany({
    where: { id: sessionId, lastSeenAt: { lt: new Date(now.getTime() - LAST_SEEN_RESOLUTION_MS) } },
    data: { lastSeenAt: now },
  });
}
