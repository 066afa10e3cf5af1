import "server-only";
import type { IsoDate } from "../coverage/types.ts";
import { prisma } from "../db.ts";
import { computeForecastChanges } from "../forecast/sql.ts";
import type { Forecast } from "../forecast/types.ts";
import { getCoverage } from "./coverage.ts";
import { authorizeDashboard } from "./dashboard-access.ts";
import type { Viewer } from "./viewer-types.ts";

/**
 * The figures at `base` (normally today) and at the later key date `date`, and what ends in
 * between (lib/forecast). Same audience as the dashboard. `date` must lie after `base`.
 */
export async function getForecast(viewer: Viewer, base: IsoDate, date: IsoDate): Promise<Forecast> {
  await authorizeDashboard(viewer);
  const [current, future, changes] = await Promise.all([
    getCoverage(viewer, base),
    getCoverage(viewer, date),
    computeForecastChanges(prisma, base, date),
  ]);
  return { today: base, date, current, future, changes };
}
