import type { IsoDate } from "../coverage/types.ts";

// How export files leave the server: a download with a readable file name.

export const CONTENT_TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  pdf: "application/pdf",
} as const;
export type FileType = keyof typeof CONTENT_TYPES;

/** stellwerk-stichtag-2017-11-15.xlsx */
export const keyDateFilename = (date: IsoDate, type: FileType) => `stellwerk-stichtag-${date}.${type}`;
/** stellwerk-daten-2026-11-25.xlsx (the day of the export: the data have no key date) */
export const completeDataFilename = (today: IsoDate) => `stellwerk-daten-${today}.xlsx`;
/** stellwerk-oeffentlich-2017-11-15.csv */
export const publicCsvFilename = (date: IsoDate) => `stellwerk-oeffentlich-${date}.csv`;

/** A file download. Names are ASCII by construction (dates and fixed words), so no RFC 5987 form is needed. */
export function fileResponse(body: Buffer | string, type: FileType, filename: string, headers: HeadersInit = {}) {
  if (!/^[\w.-]+$/.test(filename)) throw new TypeError(`unsafe file name: ${filename}`);
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : new Uint8Array(body);
  const result = new Headers(headers);
  result.set("Content-Type", CONTENT_TYPES[type]);
  result.set("Content-Disposition", `attachment; filename="${filename}"`);
  result.set("Content-Length", String(bytes.byteLength));
  result.set("X-Content-Type-Options", "nosniff");
  return new Response(bytes, { status: 200, headers: result });
}
