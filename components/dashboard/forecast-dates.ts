import type { IsoDate } from "@/lib/coverage/types";
import { addMonths } from "@/lib/forecast/dates";
import { readKeyDate } from "@/lib/schemas/key-date";

/** How far ahead the forecast looks when no key date is given. */
export const DEFAULT_HORIZON_MONTHS = 6;

export type ForecastDates = {
  /** "Today" of the forecast: today, or the `ab` parameter (to compare from another day). */
  base: IsoDate;
  date: IsoDate;
  /** Problems with the request, as message keys of the "forecast" catalog. */
  baseError: "invalidBase" | null;
  dateError: "invalid" | "notAfterBase" | null;
};

/** Reads `?ab=` and `?stichtag=`; anything unusable falls back to today / today + 6 months. */
export function readForecastDates(ab: string | undefined, stichtag: string | undefined, today: IsoDate): ForecastDates {
  const requestedBase = readKeyDate(ab, today);
  const base = requestedBase.ok ? requestedBase.date : today;
  const fallback = addMonths(base, DEFAULT_HORIZON_MONTHS);
  const requested = readKeyDate(stichtag, fallback);
  let date = fallback;
  let dateError: ForecastDates["dateError"] = null;
  if (!requested.ok) dateError = "invalid";
  else if (requested.date <= base) dateError = "notAfterBase";
  else date = requested.date;
  return { base, date, baseError: requestedBase.ok ? null : "invalidBase", dateError };
}
