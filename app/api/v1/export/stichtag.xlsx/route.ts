import { keyDateWorkbook } from "@/lib/export/key-date-xlsx";
import { keyDateExportRoute } from "@/lib/export/routes";

// The key-date workbook for the caller's scope: GET /api/v1/export/stichtag.xlsx?date=2017-11-15
export const GET = keyDateExportRoute("xlsx", (data) => keyDateWorkbook(data));
