import type { IsoDate } from "../coverage/types.ts";
import { todayIso } from "../key-date.ts";
import { readKeyDate } from "./key-date.ts";

// The query of the export routes: `date` (YYYY-MM-DD, default today), and optionally one
// narrowing, `provider` or `school` (ids; the DAL decides whether the viewer may have it).

export type ExportQuery =
  | { ok: true; date: IsoDate; scope: { providerId: string | null; schoolId: string | null } }
  | { ok: false; problem: "date"; message: string }
  | { ok: false; problem: "oneScope" };

const optionalId = (value: string | null) => (value?.trim() ? value.trim().slice(0, 100) : null);

export function readExportQuery(params: URLSearchParams, today: IsoDate = todayIso()): ExportQuery {
  const keyDate = readKeyDate(params.get("date"), today);
  if (!keyDate.ok) return { ok: false, problem: "date", message: keyDate.message };
  const providerId = optionalId(params.get("provider"));
  const schoolId = optionalId(params.get("school"));
  if (providerId && schoolId) return { ok: false, problem: "oneScope" };
  return { ok: true, date: keyDate.date, scope: { providerId, schoolId } };
}
