import "server-only";
import { computeCoverage } from "../coverage/index.ts";
import type { CoverageReport, CoverageScope, IsoDate } from "../coverage/types.ts";
import { prisma } from "../db.ts";
import { reachOf } from "../permissions.ts";
import { NotFoundError, UnauthenticatedError } from "./errors.ts";
import type { Viewer } from "./viewer-types.ts";

// Coverage figures for a signed-in viewer, scoped by the permission table: admin and
// supervisor see everything, a provider only their own staff's assignments, a school head
// only their own school. The public gets suppressed aggregates elsewhere (public-statistics.ts).

/** The assignments a viewer's figures may count. */
export function coverageScopeFor(viewer: Viewer): CoverageScope {
  if (viewer.kind !== "user") throw new UnauthenticatedError();
  const reach = reachOf(viewer.role, "coverage.read");
  if (reach === "all") return { kind: "all" };
  if (reach === "own" && viewer.role === "PROVIDER" && viewer.providerId) {
    return { kind: "provider", providerId: viewer.providerId };
  }
  if (reach === "own" && viewer.role === "SCHOOL" && viewer.schoolId)
    return { kind: "school", schoolId: viewer.schoolId };
  // A provider or school user without a binding sees nothing (the database forbids it anyway).
  throw new NotFoundError("Kennzahlen");
}

export async function getCoverage(viewer: Viewer, date: IsoDate): Promise<CoverageReport> {
  return computeCoverage(prisma, date, coverageScopeFor(viewer));
}
