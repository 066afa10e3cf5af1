import type { IsoDate } from "./coverage/types.ts";

// Key dates (Stichtage) are calendar dates in the municipality's time zone: "today" at
// 00:30 in Herne is already the new day, whatever the server's clock zone is.
const TIME_ZONE = "Europe/Berlin";

export function todayIso(now = new Date()): IsoDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** The instant a calendar day begins in the municipality's time zone (CET or CEST). */
export function startOfDay(date: IsoDate): Date {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  // Berlin's offset from UTC around that instant (+1 h or +2 h); the day starts that much earlier.
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: TIME_ZONE, timeZoneName: "longOffset" })
    .formatToParts(new Date(utcMidnight))
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(parts ?? "");
  const offsetMs = match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * 60_000 : 0;
  return new Date(utcMidnight - offsetMs);
}
