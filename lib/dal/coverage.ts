import "server-only";
import { VersionedCache } from "../coverage/cache.ts";
import { computeCoverage, computeTrend } from "../coverage/index.ts";
import type { CoverageReport, CoverageScope, IsoDate, TrendPoint } from "../coverage/types.ts";
import { prisma } from "../db.ts";
import { reachOf } from "../permissions.ts";
import { NotFoundError, UnauthenticatedError } from "./errors.ts";
import type { Viewer } from "./viewer-types.ts";

// Coverage figures for a signed-in viewer, scoped by the permission table: admin and
// supervisor see everything, a provider only their own staff's assignments, a school head
// only their own school. The public gets suppressed aggregates elsewhere (public-statistics.ts).
//
// Figures are cached per key date and scope (lib/coverage/cache.ts) under a version of the
// data that the database hands out and that moves with every committed write:
// - the `data_version` row, when that table exists: statement triggers on the tables the
//   figures read bump it in the writing transaction (proposed migration, see bench/RESULTS.md);
// - otherwise PostgreSQL's current snapshot (xmin:xmax:in-progress ids), which changes with
//   every commit that wrote anything anywhere on the server (correct, but a busy shared server
//   changes it so often that the cache rarely hits).
// The figures are computed after the version is read, so an entry is never older than its key.
// For reads outside a transaction only (a transaction's own writes do not show in either).

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

let versionSource: Promise<"table" | "snapshot"> | undefined;

/** Changes whenever a write commits (see above). */
async function dataVersion(): Promise<string> {
  versionSource ??= prisma.$queryRaw<{ present: boolean }[]>`
    SELECT to_regclass('data_version') IS NOT NULL AS present`.then(
    ([row]) => (row?.present ? "table" : "snapshot"),
    (error: unknown) => {
      versionSource = undefined; // a failed look-up (database down) is asked again next time
      throw error;
    },
  );
  const rows =
    (await versionSource) === "table"
      ? await prisma.$queryRaw<{ version: string }[]>`SELECT 'v' || version::text AS version FROM data_version`
      : await prisma.$queryRaw<{ version: string }[]>`
          SELECT current_database() || ' ' || pg_current_snapshot()::text AS version`;
  return rows[0]?.version ?? "";
}

const scopeKey = (scope: CoverageScope) =>
  scope.kind === "all" ? "all" : scope.kind === "provider" ? `p:${scope.providerId}` : `s:${scope.schoolId}`;

/** The figures at `date` within `scope`, from the cache when the data has not changed. Read-only. */
export async function cachedCoverage(date: IsoDate, scope: CoverageScope): Promise<CoverageReport> {
  return reports.get(await dataVersion(), `${date}|${scopeKey(scope)}`, () => computeCoverage(prisma, date, scope));
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
