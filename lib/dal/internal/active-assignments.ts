import type { IsoDate } from "../../coverage/types.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";

// For Prisma queries that need "active at D": the ids from the one SQL definition (the
// function active_assignments, docs/domain.md "The figures"), never a where-clause of its own.

/** The ids of the assignments at one school that are active at `date`. */
export async function activeAssignmentIdsAtSchool(
  db: Pick<PrismaClient, "$queryRaw">,
  schoolId: string,
  date: IsoDate,
): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT a.id::text AS id FROM active_assignments(${date}::date) a WHERE a.school_id = ${schoolId}::uuid`;
  return rows.map((row) => row.id);
}
