import "server-only";
import type { IsoDate } from "../coverage/types.ts";
import { prisma } from "../db.ts";
import { todayIso } from "../key-date.ts";
import { MIN_PUBLIC_GROUP, type PublicCoverage, toPublicCoverage } from "../statistics/public-aggregates.ts";
import { cachedCoverage, cachedTrend } from "./coverage.ts";

// Reads for anonymous visitors. Everything returned here is an aggregate that passed the
// suppression of lib/statistics/public-aggregates.ts; no function returns a person.

export type PublicCoveragePage = PublicCoverage & {
  /** How many providers employ the staff counted (a count, never names). */
  providerCount: number | null;
};

export async function getPublicCoverage(date: IsoDate): Promise<PublicCoveragePage> {
  const report = await cachedCoverage(date, { kind: "all" });
  const publicCoverage = toPublicCoverage(report);
  const providerCount = report.byProvider.filter((provider) => provider.staff > 0).length;
  return { ...publicCoverage, providerCount: publicCoverage.suppressed ? null : providerCount };
}

export type PublicTrendPoint = {
  date: IsoDate;
  staff: number | null;
  fte: number | null;
  schoolsCovered: number | null;
  schoolsTotal: number;
};

/** First day of every month from the earliest assignment up to the month of `until`. */
async function monthlyKeyDates(until: IsoDate): Promise<IsoDate[]> {
  const first = await prisma.assignment.aggregate({ _min: { validFrom: true } });
  const start = first._min.validFrom;
  if (!start) return [];
  const dates: IsoDate[] = [];
  const [untilYear, untilMonth] = until.split("-").map(Number) as [number, number];
  for (let year = start.getUTCFullYear(), month = start.getUTCMonth() + 1; ; month++) {
    if (month > 12) {
      month = 1;
      year++;
    }
    if (year > untilYear || (year === untilYear && month > untilMonth)) break;
    dates.push(`${year}-${String(month).padStart(2, "0")}-01`);
  }
  return dates;
}

/** Staff, FTE and schools covered on the first of each month, for the public chart. */
export async function getPublicTrend(until: IsoDate = todayIso()): Promise<PublicTrendPoint[]> {
  const dates = await monthlyKeyDates(until);
  if (dates.length === 0) return [];
  const points = await cachedTrend(dates, { kind: "all" });
  return points.map((point) => {
    const hidden = point.staff > 0 && point.staff < MIN_PUBLIC_GROUP;
    return {
      date: point.date,
      staff: hidden ? null : point.staff,
      fte: hidden ? null : point.fteMilli / 1000,
      schoolsCovered: hidden ? null : point.schoolsCovered,
      schoolsTotal: point.schoolsTotal,
    };
  });
}

export type PublicContact = {
  municipality: string;
  authority: string;
  department: string;
  unit: string;
  street: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
};

/** The coordination office's public contact block (an office, never a person). */
export async function getPublicContact(): Promise<PublicContact | null> {
  const municipality = await prisma.municipality.findFirst({ orderBy: { name: "asc" } });
  if (!municipality) return null;
  const { id: _id, name, ...office } = municipality;
  return { municipality: name, ...office };
}
