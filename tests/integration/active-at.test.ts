import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isEmployed, isSchoolOpen, referenceActiveAssignmentKeys } from "../../lib/coverage/reference.ts";
import { employedOn, schoolOpenOn } from "../../lib/dal/internal/dated-filters.ts";
import { coverageScenario, loadDataset } from "../support/coverage-dataset.ts";
import { prisma } from "../support/db.ts";
import { propertyDatabase } from "../support/property-database.ts";

// "Active at D" has one definition: the SQL function active_assignments (migration
// 20261207065000_active_at). It must equal the reference's reading of docs/domain.md on random
// datasets full of boundary cases, and so must the Prisma twins of its date rules
// (lib/dal/internal/dated-filters.ts). And no query under lib/ spells the rule out again.

const { seed } = propertyDatabase("active-at");

const dayOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("active at D", () => {
  it("active_assignments, and the Prisma filters of its parts, equal the reference on 60 random datasets", async () => {
    await fc.assert(
      fc.asyncProperty(coverageScenario, async ({ data, keyDates }) => {
        await loadDataset(prisma, data);
        for (const date of keyDates) {
          const active = await prisma.$queryRaw<{ key: string }[]>`
            SELECT staff_member_id || '|' || school_id || '|' || to_char(valid_from, 'YYYY-MM-DD') AS key
              FROM active_assignments(${date}::date)`;
          expect(active.map((row) => row.key).sort(), date).toEqual(referenceActiveAssignmentKeys(data, date));

          const employed = await prisma.staffMember.findMany({ where: employedOn(dayOf(date)), select: { id: true } });
          expect(employed.map((row) => row.id).sort(), `employed ${date}`).toEqual(
            data.staff
              .filter((staff) => isEmployed(staff, date))
              .map((staff) => staff.id)
              .sort(),
          );
          const open = await prisma.school.findMany({ where: schoolOpenOn(dayOf(date)), select: { id: true } });
          const openSql = await prisma.$queryRaw<{ id: string }[]>`
            SELECT id::text FROM school WHERE school_open_at(opened_on, closed_on, ${date}::date) ORDER BY id`;
          const expected = data.schools
            .filter((school) => isSchoolOpen(school, date))
            .map((school) => school.id)
            .sort();
          expect(open.map((row) => row.id).sort(), `open ${date}`).toEqual(expected);
          expect(openSql.map((row) => row.id).sort(), `open (SQL) ${date}`).toEqual(expected);
        }
      }),
      { numRuns: 60, seed },
    );
  }, 120_000);

  it("is spelled out nowhere else under lib/: queries use the SQL functions", () => {
    const files = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return entry.name === "generated" ? [] : files(full);
        return /\.tsx?$/.test(entry.name) ? [full] : [];
      });
    // The benchmark's floor is a hand-written statement on purpose: what the app is measured against.
    const exempt = new Set(["lib/bench/coverage-sql.ts"]);
    // The day check's idioms ("x.valid_until IS NULL OR d <= x.valid_until", "x.opened_on IS
    // NULL OR x.opened_on <= d"); range comparisons (overlaps, "outside employment", "not yet
    // ended") are other rules and may stay.
    const spelledOut =
      /(valid_until|employed_until) IS NULL OR [^\s()]+ <= \w+\.(valid_until|employed_until)|opened_on IS NULL OR \w+\.opened_on <=/i;
    const offenders = files("lib")
      .map((file) => file.split(path.sep).join("/"))
      .filter((file) => !exempt.has(file) && spelledOut.test(fs.readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});
