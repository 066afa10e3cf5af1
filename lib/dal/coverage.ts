import "server-only";
import { VersionedCache } from "../coverage/cache.ts";
import { computeCoverage, computeTrend } from "../coverage/index.ts";
import type { CoverageReport, CoverageScope, IsoDate, TrendPoint } from "../coverage/types.ts";
import { prisma } from "../db.ts";
import { reachOf } from "../permissions.ts";
import { NotFoundError, UnauthenticatedError } from "./errors.ts";
import { dataVersion } from "./internal/data-version.ts";
import type { Viewer } from "./viewer-types.ts";

// Coverage figures for a signed-in viewer, scoped by the permission table: admin and
// supervisor see everything, a provider only their own staff's assignments, a school head
// only their own school. The public gets suppressed aggregates elsewhere (public-statistics.ts).
//
// Figures are cached per key date and scope (lib/coverage/cache.ts) under the data version
// (internal/data-version.ts), so any committed write means fresh figures.

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

const reports = new VersionedCache<CoverageReport>(12);
const trends = new VersionedCache<TrendPoint[]>(12);

const scopeKey = (scope: CoverageScope) =>
  scope.kind === "all" ? "all" : scope.kind === "provider" ? `p:${scope.providerId}` : `s:${scope.schoolId}`;

/** The figures at `date` within `scope`, from the cache when the data has not changed. Read-only. */
export async function cachedCoverage(date: IsoDate, scope: CoverageScope, version?: string): Promise<CoverageReport> {
  return reports.get(version ?? (await dataVersion()), `${date}|${scopeKey(scope)}`, () =>
    computeCoverage(prisma, date, scope),
  );
}

/** The trend at `dates` within `scope`, from the cache when the data has not changed. Read-only. */
export async function cachedTrend(dates: IsoDate[], scope: CoverageScope): Promise<TrendPoint[]> {
  return trends.get(await dataVersion(), `${dates.join(",")}|${scopeKey(scope)}`, () =>
    computeTrend(prisma, dates, scope),
  );
}

export async function getCoverage(viewer: Viewer, date: IsoDate): Promise<CoverageReport> {
  return cachedCoverage(date, coverageScopeFor(viewer));
}
