import "server-only";
import { prisma } from "../db.ts";
import type { ImportFile } from "../import/read.ts";
import {
  type ImportOptions,
  type ImportOutcome,
  type ImportScope,
  importScopeOf,
  runImport,
} from "./internal/import-run.ts";
import type { Viewer } from "./viewer-types.ts";

// Import of the workbook/CSV format (docs/domain.md) for the app: the page's server actions and
// POST /api/v1/import. Admins may import every sheet; a provider user only the rows of their
// own provider's staff list. Anyone else: 401 (anonymous) or 404 like a missing page.

export type { ImportOptions, ImportOutcome, ImportScope, SheetCounts } from "./internal/import-run.ts";

/** What the viewer may import; throws UnauthenticatedError or NotFoundError otherwise. */
export const importScope = (viewer: Viewer): Promise<ImportScope> => importScopeOf(prisma, viewer);

/**
 * Checks a file (dryRun) or imports it, all or nothing, in one transaction with one audit
 * event. Never throws for anything wrong with the file: that is in `issues`.
 */
export const importWorkbook = (viewer: Viewer, file: ImportFile, options: ImportOptions): Promise<ImportOutcome> =>
  runImport(prisma, viewer, file, options);
