import "server-only";
import { getCompleteData } from "../dal/export-complete-data.ts";
import type { Viewer } from "../dal/viewer-types.ts";
import { importFormatWorkbook } from "./import-format-workbook.ts";
import type { ExportScope } from "./types.ts";

/**
 * The complete data the viewer may export, as a workbook in the import format (the file of
 * GET /api/v1/export/daten.xlsx). For the round trip: export → import → same figures.
 */
export async function completeDataWorkbook(viewer: Viewer): Promise<{ scope: ExportScope; workbook: Buffer }> {
  const { scope, data } = await getCompleteData(viewer);
  return { scope, workbook: await importFormatWorkbook(data) };
}
