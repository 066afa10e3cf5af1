import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listWarnings } from "../../lib/warnings/index.ts";
import { referenceWarnings, warningLine } from "../../lib/warnings/reference.ts";
import { coverageScenario, loadDataset } from "../support/coverage-dataset.ts";
import { prisma } from "../support/db.ts";
import { propertyDatabase } from "../support/property-database.ts";

// The soft rules, property-tested like the figures: on random datasets full of boundary
// cases (first and last days, closing days, employments that end under an open assignment),
// the SQL of listWarnings finds exactly what the in-memory reading of docs/domain.md finds.

const { seed } = propertyDatabase("warnings");

describe("warnings", () => {
  it("equal the reference on 60 random datasets at three key dates each", async () => {
    // The threshold the SQL reads (the first municipality's, else 150) is the reference's.
    const municipality = await prisma.municipality.findFirst({ orderBy: { name: "asc" } });
    const threshold = municipality?.pupilsPerFteThreshold ?? 150;
    let seen = 0;
    await fc.assert(
      fc.asyncProperty(coverageScenario, async ({ data, keyDates }) => {
        await loadDataset(prisma, data);
        for (const date of keyDates) {
          const report = await listWarnings(prisma, date);
          const found = report.warnings.map(warningLine).sort();
          expect(found, date).toEqual(referenceWarnings(data, date, threshold));
          seen += found.length;
        }
      }),
      { numRuns: 60, seed },
    );
    // The datasets do produce warnings (a property over empty reports would prove nothing).
    expect(seen).toBeGreaterThan(0);
  }, 180_000);
});
