import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { computeTrend } from "../../lib/coverage/index.ts";
import { referenceTrend } from "../../lib/coverage/reference.ts";
import type { CoverageScope } from "../../lib/coverage/types.ts";
import { monthStarts } from "../../lib/dashboard/trend-dates.ts";
import { computeTrendBySweep } from "../../lib/dashboard/trend-sql.ts";
import { seedHerne } from "../../prisma/seed/index.ts";
import { coverageScenario, loadDataset } from "../support/coverage-dataset.ts";
import { prisma, resetDatabase } from "../support/db.ts";

// The dashboard's trend by sweep (lib/dashboard/trend-sql.ts) must give exactly the figures of
// DESIGN.md: equal to the in-memory reference on random datasets full of boundary cases, and
// equal to computeTrend on the Herne seed, month by month. Rerun a failure with TREND_SEED=<seed>.

const seed = Number(process.env.TREND_SEED ?? Math.floor(Math.random() * 2 ** 31));

beforeAll(resetDatabase);
afterAll(async () => {
  await resetDatabase();
  await prisma.$disconnect();
});

it("equals the reference on 150 random datasets, in every scope", async () => {
  console.info(`dashboard trend property seed: ${seed}`);
  await fc.assert(
    fc.asyncProperty(coverageScenario, async (scenario) => {
      const { data } = scenario;
      await loadDataset(prisma, data);
      const provider = data.providers[scenario.providerPick % data.providers.length];
      const school = data.schools[scenario.schoolPick % data.schools.length];
      const scopes: CoverageScope[] = [{ kind: "all" }];
      if (provider) scopes.push({ kind: "provider", providerId: provider.id });
      if (school) scopes.push({ kind: "school", schoolId: school.id });
      const dates = [...scenario.trendDates, ...scenario.keyDates];
      for (const scope of scopes) {
        expect(await computeTrendBySweep(prisma, dates, scope), JSON.stringify(scope)).toEqual(
          referenceTrend(data, dates, scope),
        );
      }
    }),
    { numRuns: 150, seed },
  );
});

it("equals computeTrend on the Herne seed for every month from 2011 to 2027", async () => {
  await resetDatabase();
  await seedHerne(prisma);
  const months = monthStarts("2011-01-01", "2027-12-31");
  const sweep = await computeTrendBySweep(prisma, months);
  expect(sweep).toEqual(await computeTrend(prisma, months));
  expect(sweep.find((point) => point.date === "2017-11-01")).toEqual({
    date: "2017-11-01",
    staff: 44,
    fteMilli: 39_500,
    schoolsCovered: 41,
    schoolsTotal: 43,
  });
  expect(await computeTrendBySweep(prisma, [])).toEqual([]);
});
