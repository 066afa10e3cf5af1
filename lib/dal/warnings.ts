import "server-only";
import type { IsoDate } from "../coverage/types.ts";
import { prisma } from "../db.ts";
import { listWarnings } from "../warnings/index.ts";
import type { WarningReport } from "../warnings/types.ts";
import { authorizeDashboard } from "./dashboard-access.ts";
import type { Viewer } from "./viewer-types.ts";

/**
 * The soft-rule warnings at key date `date` (lib/warnings). Admin and supervisor only: the
 * warnings name staff, schools and funding sources of every provider. Others: NotFound.
 */
export async function getWarnings(viewer: Viewer, date: IsoDate): Promise<WarningReport> {
  await authorizeDashboard(viewer);
  return listWarnings(prisma, date, { kind: "all" });
}
