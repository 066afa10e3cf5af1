import "server-only";
import { VersionedCache } from "../coverage/cache.ts";
import { computeTrend } from "../coverage/index.ts";
import type { CoverageReport, IsoDate, TrendPoint } from "../coverage/types.ts";
import { monthStarts } from "../dashboard/trend-dates.ts";
import { prisma } from "../db.ts";
import type { WarningReport } from "../warnings/types.ts";
import { cachedCoverage, coverageScopeFor } from "./coverage.ts";
import { authorizeDashboard } from "./dashboard-access.ts";
import { dataVersion } from "./internal/data-version.ts";
import type { Viewer } from "./viewer-types.ts";
import { cachedWarnings } from "./warnings.ts";

export type Dashboard = {
  date: IsoDate;
  coverage: CoverageReport;
  warnings: WarningReport;
  /** Staff, FTE and schools covered on the first of every month, from the first assignment on. */
  trend: TrendPoint[];
};

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

// Every part is cached under one data version read per request (internal/data-version.ts):
// computed at NRW size they take 0.3–0.6 s each, served from the cache a few milliseconds.
const trends = new VersionedCache<TrendPoint[]>(12);

/** Monthly trend from the first assignment up to `until` (one index lookup, one sweep). */
function monthlyTrend(until: IsoDate, version: string): Promise<TrendPoint[]> {
  return trends.get(version, until, async () => {
    const first = await prisma.assignment.aggregate({ _min: { validFrom: true } });
    const start = first._min.validFrom;
    return start ? computeTrend(prisma, monthStarts(isoDay(start), until)) : [];
  });
}

/** Everything /uebersicht shows, for admin and supervisor; the parts are computed side by side. */
export async function getDashboard(viewer: Viewer, date: IsoDate, today: IsoDate): Promise<Dashboard> {
  await authorizeDashboard(viewer);
  const version = await dataVersion();
  const [coverage, warnings, trend] = await Promise.all([
    cachedCoverage(date, coverageScopeFor(viewer), version),
    cachedWarnings(date, version),
    monthlyTrend(date > today ? date : today, version),
  ]);
  return { date, coverage, warnings, trend };
}
