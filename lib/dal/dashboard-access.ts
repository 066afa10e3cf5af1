import "server-only";
import { prisma } from "../db.ts";
import { reachOf } from "../permissions.ts";
import { denyAccess } from "./access-denied.ts";
import { UnauthenticatedError } from "./errors.ts";
import type { SignedInViewer, Viewer } from "./viewer-types.ts";

// The dashboard, its warnings and the forecast are the steering view of Fachbereich 42/0 and
// the Schulaufsicht: every figure of every provider and school, funding sources included.
// Anyone else is refused like a missing page (and the attempt is audited); a provider or a
// school head has their own figures on the start page.

export async function authorizeDashboard(viewer: Viewer): Promise<SignedInViewer> {
  if (viewer.kind !== "user") throw new UnauthenticatedError();
  const seesAll =
    reachOf(viewer.role, "coverage.read") === "all" &&
    reachOf(viewer.role, "fundingSources.read") === "all" &&
    reachOf(viewer.role, "staff.read") === "all";
  if (!seesAll) await denyAccess(prisma, viewer, { capability: "coverage.read", what: "Übersicht" });
  return viewer;
}
