import { keyDateReportPdf } from "@/lib/export/key-date-pdf";
import { keyDateExportRoute } from "@/lib/export/routes";

// The key-date report for the council: GET /api/v1/export/stichtag.pdf?date=2017-11-15
export const GET = keyDateExportRoute("pdf", (data) => keyDateReportPdf(data));
