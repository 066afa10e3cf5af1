import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../lib/coverage/dates.ts";
import { forecastLines, referenceForecast } from "../../lib/forecast/reference.ts";
import { computeForecastChanges } from "../../lib/forecast/sql.ts";
import { coverageScenario, loadDataset } from "../support/coverage-dataset.ts";
import { prisma } from "../support/db.ts";
import { propertyDatabase } from "../support/property-database.ts";

// The forecast's changes, property-tested like the figures: on random datasets, what ends
// between two key dates and what that does per school and provider is exactly what the
// in-memory reading of docs/domain.md says.

const { seed } = propertyDatabase("forecast");

describe("forecast", () => {
  it("equals the reference on 60 random datasets between pairs of key dates", async () => {
    let seen = 0;
    await fc.assert(
      fc.asyncProperty(coverageScenario, async ({ data, keyDates }) => {
        await loadDataset(prisma, data);
        const stored = await prisma.assignment.findMany({
          select: { id: true, staffMemberId: true, schoolId: true, validFrom: true },
        });
        const keys = new Map(
          stored.map((a) => [a.id, `${a.staffMemberId}|${a.schoolId}|${a.validFrom.toISOString().slice(0, 10)}`]),
        );
        const dates = [...new Set(keyDates)].sort();
        const pairs = dates.flatMap((today, i) => dates.slice(i + 1).map((date) => [today, date] as const));
        // Also one day apart: the boundaries of "ends by D".
        if (dates[0]) pairs.push([dates[0], addDays(dates[0], 1)]);
        for (const [today, date] of pairs) {
          const changes = await computeForecastChanges(prisma, today, date);
          const found = forecastLines(changes, (id) => keys.get(id) ?? id);
          expect(found, `${today} → ${date}`).toEqual(referenceForecast(data, today, date));
          seen += found.length;
        }
      }),
      { numRuns: 60, seed },
    );
    expect(seen).toBeGreaterThan(0);
  }, 180_000);
});
