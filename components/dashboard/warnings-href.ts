import type { IsoDate } from "@/lib/coverage/types";
import type { WarningKind } from "@/lib/warnings/types";
import { listHref } from "../table/list-href";

/** The page listing every warning of one kind at a key date (/uebersicht/hinweise). */
export function warningsPageHref(kind: WarningKind, date: IsoDate, page?: number): string {
  return listHref("/uebersicht/hinweise", {
    stichtag: date,
    art: kind,
    page: page && page > 1 ? String(page) : undefined,
  });
}
