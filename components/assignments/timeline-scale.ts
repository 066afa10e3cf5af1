import type { IsoDate } from "@/lib/coverage/types";

// The time axis of a staff member's timeline: from the earliest start (assignment or
// employment) to the latest end, today included; open ends run to the axis' end.

const DAY = 86_400_000;
const dayNumber = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`) / DAY;
const fromDayNumber = (n: number): IsoDate => new Date(n * DAY).toISOString().slice(0, 10);

type Range = { validFrom: IsoDate; validUntil: IsoDate | null };
type Employment = { employedFrom: IsoDate; employedUntil: IsoDate | null } | null;

export type TimelineScale = {
  start: IsoDate;
  end: IsoDate;
  todayPercent: number;
  ticks: { date: IsoDate; label: string; percent: number }[];
  employment: { left: number; width: number } | null;
  bar: (from: IsoDate, until: IsoDate | null) => { left: number; width: number };
};

export function timelineScale(ranges: Range[], employment: Employment, today: IsoDate): TimelineScale {
  const starts = ranges.map((range) => dayNumber(range.validFrom));
  const ends = ranges.flatMap((range) => (range.validUntil ? [dayNumber(range.validUntil)] : []));
  if (employment) {
    starts.push(dayNumber(employment.employedFrom));
    if (employment.employedUntil) ends.push(dayNumber(employment.employedUntil));
  }
  const first = Math.min(...starts, dayNumber(today));
  // Some room after the last date, so that open ends visibly run on.
  const lastKnown = Math.max(...ends, ...starts, dayNumber(today));
  const last = lastKnown + Math.max(30, Math.round((lastKnown - first) * 0.05));
  const span = last - first + 1;
  const percent = (n: number) => ((n - first) / span) * 100;
  const segment = (from: number, until: number) => ({ left: percent(from), width: ((until - from + 1) / span) * 100 });

  const firstYear = new Date(first * DAY).getUTCFullYear() + 1;
  const lastYear = new Date(last * DAY).getUTCFullYear();
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 8));
  const ticks = [];
  for (let year = firstYear; year <= lastYear; year += step) {
    const date = `${year}-01-01`;
    ticks.push({ date, label: String(year), percent: percent(dayNumber(date)) });
  }

  return {
    start: fromDayNumber(first),
    end: fromDayNumber(last),
    todayPercent: percent(dayNumber(today)),
    ticks,
    employment: employment
      ? segment(
          dayNumber(employment.employedFrom),
          employment.employedUntil ? dayNumber(employment.employedUntil) : last,
        )
      : null,
    bar: (from, until) => segment(dayNumber(from), until ? dayNumber(until) : last),
  };
}
