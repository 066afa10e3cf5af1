import type { PrismaClient } from "../../generated/prisma/client.ts";
import { type PupilCount, pupilCountIn } from "../../school-year.ts";
import type { Tx } from "./transaction.ts";

// Pupil counts per school year (docs/domain.md "Pupil counts"). Queries over many schools ask
// the SQL function pupil_counts_in (the figures' definition); a school whose whole history is
// loaded anyway (form, page, write) applies its TS twin pupilCountIn to it.

/** A school's counts, oldest school year first. */
export const PUPIL_HISTORY = { pupilCounts: { orderBy: { schoolYear: "asc" } } } as const;

/** Each school's count in school year `year` among `schoolIds`. */
export async function pupilCountsIn(
  db: Pick<PrismaClient, "$queryRaw">,
  year: number,
  schoolIds: string[],
): Promise<Map<string, PupilCount>> {
  if (schoolIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ school_id: string; school_year: number; pupil_count: number }[]>`
    SELECT school_id::text, school_year, pupil_count FROM pupil_counts_in(${year}::int)
     WHERE school_id = ANY(${schoolIds}::uuid[])`;
  return new Map(rows.map((row) => [row.school_id, { schoolYear: row.school_year, pupilCount: row.pupil_count }]));
}

/**
 * Enters `pupilCount` for school year `year` unless it is already the count that applies in
 * that year (so saving a form unchanged adds no row), through the SQL function
 * enter_pupil_count: other years' figures stay as they were.
 */
export async function enterPupilCount(
  tx: Tx,
  schoolId: string,
  history: readonly PupilCount[],
  year: number,
  pupilCount: number,
): Promise<void> {
  if (pupilCountIn(history, year)?.pupilCount === pupilCount) return;
  await tx.$executeRaw`SELECT enter_pupil_count(${schoolId}::uuid, ${year}::int, ${pupilCount}::int)`;
}
