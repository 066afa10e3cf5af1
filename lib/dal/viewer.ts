import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { hashApiToken, looksLikeApiToken } from "../auth/api-token-format.ts";
import { safeNextPath } from "../auth/next-path.ts";
import { readSessionToken, type SessionClaims, sessionCookieName } from "../auth/session.ts";
import { touchUserSession } from "../auth/user-session.ts";
import { prisma } from "../db.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { REQUEST_ID_HEADER } from "../http/request-id.ts";
import { recordAudit } from "./audit.ts";
import { ANONYMOUS, type SignedInViewer, type Viewer, viewerFromUser } from "./viewer-types.ts";

// Who is asking, resolved on the server for every request. A session cookie alone is never
// enough: the user is loaded from the database each time and refused (→ anonymous) when
// inactive or when their sessionVersion moved on (disabled, role/binding/password changed,
// "sign out everywhere"), or when this browser's own session (user_session) has ended by
// signing out, so revocation takes effect on the very next request.

type Db = Pick<PrismaClient, "user" | "apiToken" | "userSession" | "auditEvent">;

export type SessionState = {
  viewer: SignedInViewer;
  /** A one-time password must be replaced before anything else (see requireViewer). */
  mustChangePassword: boolean;
  claims: SessionClaims;
};

const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  providerId: true,
  schoolId: true,
  active: true,
  sessionVersion: true,
  mustChangePassword: true,
} as const;

/** Checks decoded session claims against the database; null when the session is no longer valid. */
export async function resolveSession(db: Db, claims: SessionClaims | null): Promise<SessionState | null> {
  if (!claims) return null;
  const user = await db.user.findUnique({
    where: { id: claims.userId },
    select: {
      ...userSelect,
      sessions: { where: { id: claims.sessionId, endedAt: null }, select: { lastSeenAt: true } },
    },
  });
  if (!user?.active || user.sessionVersion !== claims.sessionVersion) return null;
  const [session] = user.sessions;
  if (!session) return null;
  await touchUserSession(db, claims.sessionId, session.lastSeenAt);
  return {
    viewer: viewerFromUser(user, "session"),
    mustChangePassword: user.mustChangePassword,
    claims,
  };
}

const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The viewer an API token (lib/auth/api-token-format.ts) stands for; null when unknown,
 * revoked, expired, or its user is inactive (all answered alike by the caller: 401).
 */
export async function resolveApiToken(
  db: Db,
  token: string,
  now: Date = new Date(),
  requestId?: string,
): Promise<SignedInViewer | null> {
  if (!looksLikeApiToken(token)) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: {
      id: true,
      revokedAt: true,
      lastUsedAt: true,
      expiresAt: true,
      prefix: true,
      user: { select: userSelect },
    },
  });
  if (!row || row.revokedAt !== null || !row.user.active) return null;
  const expired = row.expiresAt.getTime() <= now.getTime();
  // Record use at most once a minute: a busy integration must not turn every read into a
  // write. For an expired token "use" is the refused attempt, audited at the same rate.
  const recorded =
    (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) &&
    (
      await db.apiToken.updateMany({
        where: {
          id: row.id,
          OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }],
        },
        data: { lastUsedAt: now },
      })
    ).count === 1;
  const viewer = viewerFromUser(row.user, "token");
  if (!expired) return viewer;
  if (recorded) {
    await recordAudit(db, viewer, {
      action: "api_token.expired_use",
      entity: "ApiToken",
      entityId: row.id,
      after: { prefix: row.prefix, expiresAt: row.expiresAt.toISOString() },
      requestId,
    });
  }
  return null;
}

function cookieFromHeader(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index > 0 && part.slice(0, index).trim() === name) return decodeURIComponent(part.slice(index + 1).trim());
  }
  return undefined;
}

/**
 * The viewer of a route handler's request: an `Authorization: Bearer <token>` API token, or
 * the session cookie. A bad bearer token means anonymous (no fallback to the cookie). A user
 * who must still replace a one-time password is anonymous here: that happens in the UI.
 */
export async function viewerFromRequest(request: Request, db: Db = prisma): Promise<Viewer> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const requestId = request.headers.get(REQUEST_ID_HEADER) ?? undefined;
    const viewer = match?.[1] ? await resolveApiToken(db, match[1], new Date(), requestId) : null;
    return viewer ?? ANONYMOUS;
  }
  const token = cookieFromHeader(request.headers.get("cookie"), sessionCookieName());
  const state = await resolveSession(db, await readSessionToken(token));
  return state && !state.mustChangePassword ? state.viewer : ANONYMOUS;
}

/** The session of the current request (server components and actions); once per request. */
export const getSessionState = cache(async (): Promise<SessionState | null> => {
  const store = await cookies();
  return resolveSession(prisma, await readSessionToken(store.get(sessionCookieName())?.value));
});

/**
 * The viewer for server components and server actions. Anonymous when not signed in, and also
 * while a one-time password has not been replaced.
 */
export async function getViewer(): Promise<Viewer> {
  const state = await getSessionState();
  return state && !state.mustChangePassword ? state.viewer : ANONYMOUS;
}

export const PASSWORD_PAGE = "/konto/passwort";
/** Set by proxy.ts: the requested path and query, for the sign-in page's "next". */
export const PATH_HEADER = "x-stellwerk-path";

/**
 * For pages and layouts of the signed-in area: the signed-in viewer, or a redirect, to the
 * sign-in page (anonymous, expired or revoked) or to the own-password page (a one-time
 * password still in use; `allowPasswordChange` is for that page itself).
 */
export async function requireViewer(options: { allowPasswordChange?: boolean } = {}): Promise<SignedInViewer> {
  const state = await getSessionState();
  if (!state) {
    const path = safeNextPath((await headers()).get(PATH_HEADER));
    redirect(`/anmelden?next=${encodeURIComponent(path)}`);
  }
  if (state.mustChangePassword && !options.allowPasswordChange) redirect(PASSWORD_PAGE);
  return state.viewer;
}
