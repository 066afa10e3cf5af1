import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { unlessStale, writeInTransaction } from "../../lib/dal/internal/transaction.ts";
import { refused, written } from "../../lib/dal/internal/write-result.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { day, makeAssignment, makeSchool, makeStaff } from "../support/fixtures.ts";

// The shared write path of the DAL: optimistic versions, rollback of a refused write, and
// the database's rules turned into field errors instead of 500s.

beforeEach(() => resetDatabase());
afterAll(() => prisma.$disconnect());

const rename = (id: string, version: number, name: string) =>
  writeInTransaction(prisma, async (tx) => {
    const { count } = await tx.school.updateMany({ where: { id, version }, data: { name, version: { increment: 1 } } });
    const conflict = await unlessStale(count, () => tx.school.findUniqueOrThrow({ where: { id } }));
    return conflict ?? written(name);
  });

describe("writeInTransaction", () => {
  it("lets exactly one of two parallel saves of the same version win", async () => {
    const school = await makeSchool({ name: "Alt" });
    const results = await Promise.all([rename(school.id, 1, "Erste"), rename(school.id, 1, "Zweite")]);
    const winners = results.filter((result) => result.ok);
    const losers = results.filter((result) => !result.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const stored = await prisma.school.findUniqueOrThrow({ where: { id: school.id } });
    expect(stored.version).toBe(2);
    expect(stored.name).toBe(winners[0]?.ok ? winners[0].value : "?");
    // The loser is told what is stored now.
    expect(losers[0]).toMatchObject({ reason: "conflict", current: { name: stored.name, version: 2 } });
  });

  it("rolls back what a refused write had done", async () => {
    const school = await makeSchool({ name: "Alt" });
    const result = await writeInTransaction(prisma, async (tx) => {
      await tx.school.update({ where: { id: school.id }, data: { name: "Zwischenstand" } });
      return refused("invalid", { name: ["required"] });
    });
    expect(result).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { name: ["required"] } });
    expect((await prisma.school.findUniqueOrThrow({ where: { id: school.id } })).name).toBe("Alt");
  });

  it("turns the FTE cap and the overlap rule into field errors", async () => {
    const staff = await makeStaff({ employmentFte: 0.5 });
    const school = await makeSchool();
    await makeAssignment({ staffMemberId: staff.id, schoolId: school.id, fte: 0.5, validFrom: day("2020-01-01") });
    const other = await makeSchool();
    const overCap = await writeInTransaction(prisma, async (tx) => {
      await tx.assignment.create({
        data: { staffMemberId: staff.id, schoolId: other.id, fte: 0.25, validFrom: day("2020-06-01") },
      });
      return written(null);
    });
    expect(overCap).toMatchObject({ ok: false, message: "fteOverContract", fieldErrors: { fte: ["fteOverContract"] } });
    const overlap = await writeInTransaction(prisma, async (tx) => {
      await tx.assignment.create({
        data: { staffMemberId: staff.id, schoolId: school.id, fte: 0.1, validFrom: day("2021-01-01") },
      });
      return written(null);
    });
    expect(overlap).toMatchObject({ ok: false, message: "overlap", fieldErrors: { validFrom: ["overlap"] } });
    expect(await prisma.assignment.count()).toBe(1);
  });

  it("rethrows what is not a rule violation", async () => {
    await expect(
      writeInTransaction(prisma, async () => {
        throw new Error("Festplatte voll");
      }),
    ).rejects.toThrow("Festplatte voll");
  });
});
