import "server-only";
import { prisma } from "../db.ts";
import { reachOf } from "../permissions.ts";
import { denyAccess, signedIn } from "./authorization.ts";
import type { SignedInViewer, Viewer } from "./viewer-types.ts";

// The dashboard, its warnings and the forecast are the steering view of Fachbereich 42/0 and
// the Schulaufsicht: every figure of every provider and school, funding sources included.
// Anyone else is refused like a missing page (and the attempt is audited); a provider or a
// school head has their own figures on the start page.

export async function authorizeDashboard(viewer: Viewer): Promise<SignedInViewer> {
  const user = signedIn(viewer);
  const seesAll =
    reachOf(user.role, "coverage.read") === "all" &&
    reachOf(user.role, "fundingSources.read") === "all" &&
    reachOf(user.role, "staff.read") === "all";
  if (!seesAll) await denyAccess(prisma, user, { capability: "coverage.read", what: "Übersicht" });
  return user;
}
