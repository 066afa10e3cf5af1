import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError, UnauthenticatedError } from "../../lib/dal/errors.ts";
import { runImport } from "../../lib/dal/internal/import-run.ts";
import { ANONYMOUS } from "../../lib/dal/viewer-types.ts";
import { describeIssues } from "../../lib/import/describe.ts";
import { makeUser, viewerOf } from "../support/admin-viewers.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { expectRefused } from "../support/import-expect.ts";
import { csv, databaseFingerprint } from "../support/import-files.ts";
import { completeWorkbook, world } from "../support/import-fixtures.ts";

// Who may import what: a provider user only the rows of their own staff list (sheet
// Fachkräfte), nothing else and nobody else's — any such row fails the whole file.
// Supervisors and school heads are refused like a missing page; anonymous callers must sign in.

let admin: ReturnType<typeof viewerOf>;
let vsa: ReturnType<typeof viewerOf>;
const staffHeader = world().Fachkräfte[0] ?? [];
const ownRow = ["VSA", "7001", "Eigene", "Erika", "0,5", "01.01.2022", "", ""];

beforeAll(async () => {
  await resetDatabase();
  admin = viewerOf(await makeUser({ role: "ADMIN" }));
  await runImport(prisma, admin, { filename: "welt.xlsx", bytes: await completeWorkbook() }, { dryRun: false });
  const provider = await prisma.provider.findUniqueOrThrow({ where: { shortName: "VSA" } });
  vsa = viewerOf(await makeUser({ role: "PROVIDER", providerId: provider.id }));
});
afterAll(() => prisma.$disconnect());

describe("a provider user", () => {
  it("imports rows of their own staff list (by short or full name)", async () => {
    const bytes = csv([
      staffHeader.map(String),
      ownRow,
      ["Verein für Schulsozialarbeit e.V.", "7002", "Zweite", "Zora", "1", "01.01.2022", "", ""],
    ]);
    const outcome = await runImport(prisma, vsa, { filename: "fachkraefte.csv", bytes }, { dryRun: false });
    expect(describeIssues(outcome.issues)).toEqual([]);
    expect(outcome.totals).toEqual({ created: 2, updated: 0, unchanged: 0 });
    // And updates a stored one of their own.
    const changed = csv([staffHeader.map(String), ["VSA", "1001", "Becker-Neu", "Anna", "1", "01.01.2015", "", ""]]);
    const update = await runImport(prisma, vsa, { filename: "fachkraefte.csv", bytes: changed }, { dryRun: false });
    expect(update.totals).toEqual({ created: 0, updated: 1, unchanged: 0 });
  });

  it("may not import any other sheet: nothing is written", async () => {
    await expectRefused(
      vsa,
      { filename: "alles.xlsx", bytes: await completeWorkbook() },
      { sheet: "Träger", message: /nur das Blatt „Fachkräfte“/ },
      { sheet: "Einsätze", message: /nur das Blatt „Fachkräfte“/ },
    );
    await expectRefused(
      vsa,
      { filename: "einsaetze.csv", bytes: csv(world().Einsätze.map((row) => row.map((cell) => String(cell ?? "")))) },
      { sheet: "Einsätze", message: /nur das Blatt „Fachkräfte“/ },
    );
  });

  it("may not import another provider's row, not even mixed with their own: nothing is written", async () => {
    const bytes = csv([
      staffHeader.map(String),
      ["VSA", "7101", "Eigene", "Eva", "0,5", "01.01.2022", "", ""],
      ["Stadt", "2002", "Fremd", "Fritz", "0,5", "01.08.2016", "", ""],
    ]);
    await expectRefused(
      vsa,
      { filename: "fachkraefte.csv", bytes },
      {
        sheet: "Fachkräfte",
        line: 3,
        column: "Träger",
        message: /nur Fachkräfte Ihres eigenen Trägers .*„Stadt“/,
      },
    );
    // An unknown provider reads the same (it reveals nothing about other providers).
    const unknown = csv([staffHeader.map(String), ["Gibt es nicht", "1", "X", "Y", "0,5", "01.01.2022", "", ""]]);
    await expectRefused(vsa, { filename: "fachkraefte.csv", bytes: unknown }, { line: 2, message: /eigenen Trägers/ });
  });
});

describe("everyone else", () => {
  it("refuses supervisors and school heads like a missing page, and anonymous callers as unauthenticated", async () => {
    const school = await prisma.school.findFirstOrThrow();
    const supervisor = viewerOf(await makeUser({ role: "SUPERVISOR" }));
    const head = viewerOf(await makeUser({ role: "SCHOOL", schoolId: school.id }));
    const before = await databaseFingerprint();
    const file = { filename: "welt.xlsx", bytes: await completeWorkbook() };
    for (const viewer of [supervisor, head]) {
      await expect(runImport(prisma, viewer, file, { dryRun: true })).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(runImport(prisma, ANONYMOUS, file, { dryRun: true })).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(await databaseFingerprint()).toEqual(before);
    // The refusals of signed-in users are audited.
    expect(
      await prisma.auditEvent.count({
        where: { action: "access.denied", entity: "import.run", actorId: supervisor.userId },
      }),
    ).toBe(1);
  });
});
