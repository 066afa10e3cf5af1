import type { Prisma } from "../../generated/prisma/client.ts";

// The date rules of docs/domain.md ("Dates, ranges and numbers") as Prisma filters, for list
// queries that filter by a day. They are the twins of the SQL functions date_range_covers
// and school_open_at (migration 20261207065000_active_at), and tests/integration/
// active-at.test.ts checks that both give the same rows. Which assignments are active at a
// day comes only from the SQL function active_assignments (./active-assignments.ts).

/** A staff member employed on `day`: employedFrom ≤ day ≤ employedUntil (or open). */
export function employedOn(day: Date): Prisma.StaffMemberWhereInput {
  return { AND: [{ employedFrom: { lte: day } }, { OR: [{ employedUntil: null }, { employedUntil: { gte: day } }] }] };
}

/** A school open on `day`: opened on or before it (or no date), closing after it (or never). */
export function schoolOpenOn(day: Date): Prisma.SchoolWhereInput {
  return {
    AND: [
      { OR: [{ openedOn: null }, { openedOn: { lte: day } }] },
      { OR: [{ closedOn: null }, { closedOn: { gt: day } }] },
    ],
  };
}

/** A funding source valid on `day`: validFrom ≤ day ≤ validUntil (or open). */
export function fundingValidOn(day: Date): Prisma.FundingSourceWhereInput {
  return { AND: [{ validFrom: { lte: day } }, { OR: [{ validUntil: null }, { validUntil: { gte: day } }] }] };
}
