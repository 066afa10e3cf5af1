import { recordAudit } from "../dal/audit.ts";
import { viewerFromUser } from "../dal/viewer-types.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { SessionClaims } from "./session.ts";
import { endUserSession } from "./user-session.ts";

// Signing out ends this browser's session on the server (its user_session row, so the old
// cookie is anonymous from the next request on) and deletes the cookie (by next-auth's
// sign-out route or the sign-out server action). To end every session of a user, the user
// administration bumps sessionVersion instead ("überall abmelden").

type Db = Pick<PrismaClient, "user" | "auditEvent" | "userSession">;

/** Ends the session and writes the audit event of a sign-out; nothing when the cookie was already invalid. */
export async function signOutSession(db: Db, claims: SessionClaims | null, requestId: string | null): Promise<void> {
  if (!claims) return;
  await endUserSession(db, claims);
  const user = await db.user.findUnique({
    where: { id: claims.userId },
    select: { id: true, email: true, name: true, role: true, providerId: true, schoolId: true },
  });
  if (!user) return;
  await recordAudit(db, viewerFromUser(user, "session"), {
    action: "auth.sign_out",
    entity: "User",
    entityId: user.id,
    requestId,
  });
}
