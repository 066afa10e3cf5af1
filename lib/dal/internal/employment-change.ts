import { type DateRange, outsideEnds, withinEmployment } from "../../assignment-rules.ts";
import type { Tx } from "./transaction.ts";
import { isoOf, isoOrNull } from "./values.ts";
import { type FieldErrorKeys, refused, type WriteFailure } from "./write-result.ts";

/**
 * Moving an employment's dates may not leave an assignment outside it (lib/assignment-rules.ts).
 * Only assignments that lay within the old employment count: one from before the rule is not
 * this edit's doing. Ending an employment is its own action, which ends the assignments with it.
 */
export async function checkEmploymentChange(
  tx: Tx,
  staffId: string,
  before: DateRange,
  after: DateRange,
): Promise<WriteFailure<never> | null> {
  if (before.from === after.from && before.until === after.until) return null;
  const assignments = await tx.assignment.findMany({
    where: { staffMemberId: staffId },
    select: { validFrom: true, validUntil: true },
  });
  const errors: FieldErrorKeys = {};
  for (const assignment of assignments) {
    const range = { from: isoOf(assignment.validFrom), until: isoOrNull(assignment.validUntil) };
    if (!withinEmployment(range, before)) continue;
    const outside = outsideEnds(range, after);
    if (outside.start) errors.employedFrom = ["employmentLeavesAssignments"];
    if (outside.end) errors.employedUntil = ["employmentLeavesAssignments"];
  }
  return Object.keys(errors).length ? refused("invalid", errors) : null;
}
