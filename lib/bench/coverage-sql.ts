import { type CoverageDb, computeCoverage } from "../coverage/index.ts";
import type { IsoDate } from "../coverage/types.ts";

// The floor of the benchmark is the bare SQL of the key-date figures. Rather than copy it,
// it is taken from lib/coverage/sql.ts itself: computeCoverage runs against a stand-in client
// that records the tagged template instead of running it, and the statement is then run
// directly through `pg` (same text, same parameters, no Prisma, no report assembly).

export type Statement = { text: string; values: unknown[] };

/** The statement computeCoverage sends for key date `date` (scope: everything, as for admins). */
export async function coverageStatement(date: IsoDate): Promise<Statement> {
  let captured: Statement | undefined;
  const recorder = {
    async $queryRaw(strings: TemplateStringsArray, ...values: unknown[]) {
      const text = strings.reduce((sql, part, index) => `${sql}${index > 0 ? `$${index}` : ""}${part}`, "");
      captured = { text, values };
      return [];
    },
  };
  await computeCoverage(recorder as unknown as CoverageDb, date);
  if (!captured) throw new Error("computeCoverage sent no statement");
  return captured;
}
