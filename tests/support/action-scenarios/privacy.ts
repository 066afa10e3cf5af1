import * as privacyActions from "../../../app/(app)/verwaltung/datenschutz/actions.ts";
import { staffRetentionYears } from "../../../lib/env.ts";
import { todayIso } from "../../../lib/key-date.ts";
import { retentionCutoff } from "../../../lib/privacy/retention.ts";
import { prisma } from "../db.ts";
import { day, makeStaff } from "../fixtures.ts";
import { attempt, form, type Scenario } from "./helpers.ts";

// Scenarios for the data-protection actions; see tests/integration/authorization-actions.test.ts.

export const privacyScenarios: Record<string, Scenario> = {
  // A staff member whose employment ended long ago, and a confirmation of exactly the preview
  // an admin would see: only the actor's right decides whether the name is gone afterwards.
  anonymiseStaffAction: async ({ world }) => {
    const target = await makeStaff({
      providerId: world.providerA.id,
      firstName: "Vergessen",
      lastName: "Werden",
      employedFrom: day("2001-01-01"),
      employedUntil: day("2005-06-30"),
    });
    const cutoff = retentionCutoff(todayIso(), staffRetentionYears());
    const expected = await prisma.staffMember.count({
      where: { anonymisedAt: null, employedUntil: { lt: day(cutoff) } },
    });
    await attempt(() =>
      privacyActions.anonymiseStaffAction({}, form({ cutoff, expected: String(expected), confirmed: "on" })),
    );
    const after = await prisma.staffMember.findUniqueOrThrow({ where: { id: target.id } });
    return after.anonymisedAt !== null && after.lastName !== "Werden";
  },
};
