import { keyDateCsv } from "@/lib/export/key-date-csv";
import { keyDateExportRoute } from "@/lib/export/routes";

// The key-date figures as CSV for German Excel: GET /api/v1/export/stichtag.csv?date=2017-11-15
export const GET = keyDateExportRoute("csv", (data) => keyDateCsv(data));
