// Reads which database rule a failed write broke, from whatever the driver threw.
// @prisma/adapter-pg passes on PostgreSQL's SQLSTATE and message but not the constraint
// name, so the name is taken from the message where PostgreSQL (and our triggers) put it.

export type RuleViolation = {
  /** PostgreSQL SQLSTATE: 23514 check, 23P01 exclusion, 23505 unique, 23503 foreign key. */
  sqlState: string;
  /** The constraint's name, when the message names it. */
  constraint: string | null;
};

type AdapterCause = { originalCode?: string; code?: string; originalMessage?: string; message?: string };
type MaybeDbError = {
  code?: unknown;
  message?: unknown;
  constraint?: unknown;
  meta?: { driverAdapterError?: { cause?: AdapterCause } };
};

const CONSTRAINT_IN_MESSAGE = /constraint "([^"]+)"/;

export function ruleViolation(error: unknown): RuleViolation | null {
  if (typeof error !== "object" || error === null) return null;
  const candidate = error as MaybeDbError;
  const cause = candidate.meta?.driverAdapterError?.cause;
  const sqlState = cause?.originalCode ?? (typeof candidate.code === "string" ? candidate.code : undefined);
  if (!sqlState || !/^23[0-9A-Z]{3}$/.test(sqlState)) return null;
  const message =
    cause?.originalMessage ?? cause?.message ?? (typeof candidate.message === "string" ? candidate.message : "");
  const named =
    typeof candidate.constraint === "string" ? candidate.constraint : CONSTRAINT_IN_MESSAGE.exec(message)?.[1];
  return { sqlState, constraint: named ?? null };
}
