import "server-only";
import { VersionedCache } from "../coverage/cache.ts";
import type { IsoDate } from "../coverage/types.ts";
import { prisma } from "../db.ts";
import { type Page, pageOf } from "../schemas/list-query.ts";
import { listWarnings } from "../warnings/index.ts";
import type { Warning, WarningKind, WarningReport } from "../warnings/types.ts";
import { authorizeDashboard } from "./dashboard-access.ts";
import { dataVersion } from "./internal/data-version.ts";
import type { Viewer } from "./viewer-types.ts";

// Warnings are cached per key date under the data version, like the figures (coverage.ts):
// at NRW size the statement takes 0.1–0.5 s, and the dashboard and its warnings pages ask
// for the same report again and again until something is written.
const reports = new VersionedCache<WarningReport>(12);

/** The warnings at `date`, from the cache while the data has not changed. No access check. */
export async function cachedWarnings(date: IsoDate, version?: string): Promise<WarningReport> {
  return reports.get(version ?? (await dataVersion()), date, () => listWarnings(prisma, date, { kind: "all" }));
}

/**
 * The soft-rule warnings at key date `date` (lib/warnings). Admin and supervisor only: the
 * warnings name staff, schools and funding sources of every provider. Others: NotFound.
 */
export async function getWarnings(viewer: Viewer, date: IsoDate): Promise<WarningReport> {
  await authorizeDashboard(viewer);
  return cachedWarnings(date);
}

/** Entries per page of /uebersicht/hinweise. */
export const WARNINGS_PAGE_SIZE = 50;

export type WarningsOfKind = Omit<WarningReport, "warnings" | "counts"> & { kind: WarningKind; page: Page<Warning> };

/**
 * One kind's warnings at `date`, a page at a time (a page past the end gives the last one).
 * Same access as getWarnings.
 */
export async function getWarningsOfKind(
  viewer: Viewer,
  date: IsoDate,
  kind: WarningKind,
  page: number,
): Promise<WarningsOfKind> {
  const { warnings, counts, ...report } = await getWarnings(viewer, date);
  const ofKind = warnings.filter((warning) => warning.kind === kind);
  const pageCount = Math.max(1, Math.ceil(ofKind.length / WARNINGS_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  const start = (current - 1) * WARNINGS_PAGE_SIZE;
  const rows = ofKind.slice(start, start + WARNINGS_PAGE_SIZE);
  return {
    ...report,
    kind,
    page: pageOf(rows, ofKind.length, { page: current, pageSize: WARNINGS_PAGE_SIZE }),
  };
}
