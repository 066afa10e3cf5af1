import type { IsoDate } from "../../coverage/types.ts";

// Shared by the master-data DAL (schools, providers, districts, funding sources): the write
// context and the date conversions of @db.Date columns. Who may write: lib/dal/authorization.ts.

/** Where a change came from, for its audit event. */
export type WriteContext = { requestId?: string | null };

/** A @db.Date value as YYYY-MM-DD. */
export const isoOf = (date: Date | null): IsoDate | null => (date ? date.toISOString().slice(0, 10) : null);

/** YYYY-MM-DD as the Date Prisma writes to a @db.Date column. */
export const dateOf = (iso: IsoDate): Date => new Date(`${iso}T00:00:00Z`);
export const optionalDateOf = (iso: IsoDate | null): Date | null => (iso ? dateOf(iso) : null);
