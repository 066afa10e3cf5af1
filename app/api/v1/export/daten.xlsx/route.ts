import { recordExport } from "@/lib/dal/export";
import { completeDataWorkbook } from "@/lib/export/complete-data";
import { completeDataFilename, fileResponse } from "@/lib/export/http";
import { apiRoute } from "@/lib/http/route";
import { todayIso } from "@/lib/key-date";

// The complete data in the import format (admin, supervisor: all; provider: own; school: 404).
export const GET = apiRoute(
  async (_request, { viewer, requestId }) => {
    const { scope, workbook } = await completeDataWorkbook(viewer);
    await recordExport(viewer, "data", { scope }, requestId);
    return fileResponse(workbook, "xlsx", completeDataFilename(todayIso()));
  },
  { auth: "required" },
);
