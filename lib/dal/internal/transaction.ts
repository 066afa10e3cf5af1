import type { PrismaClient } from "../../generated/prisma/client.ts";
import { type RuleFields, ruleFailure, stale, type WriteFailure, type WriteResult } from "./write-result.ts";

// One write = one transaction: the change, its audit event, and the database's own rules
// (CHECK, EXCLUDE, the FTE-cap trigger) either all hold or nothing is stored. A refusal the
// person can fix comes back as a WriteFailure, never as a thrown 500.

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

class Rollback {
  constructor(readonly failure: WriteFailure<unknown>) {}
}

/**
 * Runs `work` in a transaction. When it answers a failure, everything it wrote is rolled back;
 * when the database refuses a statement, the violated rule becomes a form error (`rules` says
 * which field a constraint belongs to on this form).
 */
export async function writeInTransaction<T, Current = Record<string, unknown>>(
  db: PrismaClient,
  work: (tx: Tx) => Promise<WriteResult<T, Current>>,
  rules: RuleFields = {},
): Promise<WriteResult<T, Current>> {
  try {
    // Longer than Prisma's 5 s default: a write waiting for a row lock under load must end
    // in a conflict answer or a rule error, not in a transaction timeout.
    return await db.$transaction(
      async (tx) => {
        const result = await work(tx);
        if (!result.ok) throw new Rollback(result);
        return result;
      },
      { timeout: 15_000, maxWait: 5_000 },
    );
  } catch (error) {
    if (error instanceof Rollback) return error.failure as WriteFailure<Current>;
    const failure = ruleFailure(error, rules);
    if (failure) return failure;
    throw error;
  }
}

/**
 * Optimistic concurrency: `updated` is the count of an `updateMany({ where: { id, version } })`.
 * Zero means someone saved in between (or the record is gone): answer the current values.
 */
export async function unlessStale<Current>(
  updated: number,
  loadCurrent: () => Promise<Current>,
): Promise<WriteFailure<Current> | null> {
  return updated === 1 ? null : stale(await loadCurrent());
}
