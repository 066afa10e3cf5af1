import * as warningActions from "../../../app/(app)/uebersicht/hinweise/actions.ts";
import { municipality } from "../../../prisma/seed/municipality.ts";
import { prisma } from "../db.ts";
import { attempt, form, type Scenario } from "./helpers.ts";

// Scenarios for this feature's server actions; see tests/integration/authorization-actions.test.ts.

let counter = 0;

export const dashboardScenarios: Record<string, Scenario> = {
  // Each attempt asks for a threshold never used before, so "took effect" is unambiguous.
  updateThresholdAction: async () => {
    const row =
      (await prisma.municipality.findFirst({ orderBy: { name: "asc" } })) ??
      (await prisma.municipality.create({ data: municipality }));
    const threshold = 500 + ++counter;
    await attempt(() =>
      warningActions.updateThresholdAction(
        "2017-11-15",
        {},
        form({ id: row.id, version: String(row.version), pupilsPerFteThreshold: String(threshold) }),
      ),
    );
    const after = await prisma.municipality.findUniqueOrThrow({ where: { id: row.id } });
    return after.pupilsPerFteThreshold === threshold;
  },
};
