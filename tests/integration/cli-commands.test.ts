import { beforeAll, describe, expect, it } from "vitest";
import { EXIT, runCommand } from "../../lib/cli/stellwerk-commands.ts";
import { CLI_OPERATOR } from "../../lib/dal/internal/admin-actor.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { makeProvider, makeSchool } from "../support/fixtures.ts";

// The CLI's commands in-process (cli-stellwerk.test.ts runs the real process): every way an
// operator can get it wrong answers in German, with exit code 2 (usage) or 1 (refused).

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCommand(argv, {
    db: prisma,
    actor: CLI_OPERATOR,
    io: { out: (line) => out.push(line), err: (line) => err.push(line) },
  });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

beforeAll(async () => {
  await resetDatabase();
  await makeProvider({ name: "Land NRW", shortName: "Land NRW" });
  await makeSchool({ schoolNumber: "120301", name: "Schillerschule" });
});

describe("usage errors (exit 2)", () => {
  it.each([
    [
      ["user", "create", "a@herne.example", "--role", "KOENIG"],
      "Unbekannte Rolle „KOENIG“. Erlaubt sind: ADMIN, SUPERVISOR, PROVIDER, SCHOOL.",
    ],
    [["user", "create", "a@herne.example"], "Bitte geben Sie die Rolle an: --role ADMIN|SUPERVISOR|PROVIDER|SCHOOL."],
    [["user", "create", "--role", "ADMIN"], "Bitte geben Sie die E-Mail-Adresse des neuen Zugangs an."],
    [["user", "create", "keine-adresse", "--role", "ADMIN"], "Ungültige E-Mail-Adresse „keine-adresse“."],
    [["user", "create", "a@herne.example", "--role", "PROVIDER"], "braucht --provider"],
    [["user", "create", "a@herne.example", "--role", "SCHOOL"], "braucht --school"],
    [
      ["user", "create", "a@herne.example", "--role", "ADMIN", "--school", "120301"],
      "--school passt nur zur Rolle SCHOOL.",
    ],
    [["user", "create", "a@herne.example", "--role", "ADMIN", "--farbe", "blau"], "Unbekannte Option --farbe."],
    [["token", "create"], "Bitte geben Sie die E-Mail-Adresse des Zugangs an."],
    [["user", "remove"], "Unbekannter Befehl: user remove"],
  ])("%j", async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain("npm run stellwerk --");
    expect(result.stdout).toBe("");
  });
});

describe("refusals (exit 1)", () => {
  it("names the provider by long name too, and refuses unknown schools and users", async () => {
    const byName = await run(["user", "create", "land@herne.example", "--role", "PROVIDER", "--provider", "land nrw"]);
    expect(byName.code).toBe(EXIT.ok);
    const school = await run(["user", "create", "s@herne.example", "--role", "SCHOOL", "--school", "12030"]);
    expect(school).toMatchObject({ code: EXIT.refused });
    expect(school.stderr).toContain(
      "Unbekannte Schule „12030“: erwartet wird eine vorhandene Schulnummer (6 Ziffern).",
    );
    const token = await run(["token", "create", "niemand@herne.example"]);
    expect(token).toMatchObject({ code: EXIT.refused });
    expect(await prisma.user.count({ where: { email: "s@herne.example" } })).toBe(0);
  });

  it("refuses a token for a disabled user", async () => {
    await prisma.user.update({ where: { email: "land@herne.example" }, data: { active: false } });
    const result = await run(["token", "create", "land@herne.example"]);
    expect(result.code).toBe(EXIT.refused);
    expect(result.stderr).toContain("deaktivierten Zugang");
  });
});
