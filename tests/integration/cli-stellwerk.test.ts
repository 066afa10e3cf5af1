import { execFile } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { hashApiToken } from "../../lib/auth/api-token-format.ts";
import { verifyPassword } from "../../lib/auth/password.ts";
import { addDays } from "../../lib/coverage/dates.ts";
import { formatDateTime } from "../../lib/format.ts";
import { startOfDay, todayIso } from "../../lib/key-date.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { makeProvider, makeSchool } from "../support/fixtures.ts";

// `npm run stellwerk`: the operator CLI, run as a real process against this run's database.

const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");
const cli = path.join(root, "lib/cli/stellwerk.ts");

type Run = { code: number; stdout: string; stderr: string };

/** Runs the CLI like the npm script does (with the react-server condition), or plain. */
function stellwerk(args: string[], { plain = false } = {}): Promise<Run> {
  const command = plain ? [cli, ...args] : ["--conditions=react-server", cli, ...args];
  return new Promise((resolve) => {
    execFile(
      tsx,
      command,
      { cwd: root, env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const oneTimePasswordIn = (stdout: string) => /^\s+([a-z2-9]{5}(?:-[a-z2-9]{5}){3})$/m.exec(stdout)?.[1];

beforeAll(async () => {
  await resetDatabase();
  await makeProvider({ name: "Gemeinnützige Beschäftigungsgesellschaft Herne", shortName: "GBH" });
  await makeSchool({ schoolNumber: "168103", name: "Haranni-Gymnasium" });
});

describe("stellwerk user create", () => {
  it("creates an admin, prints a one-time password that verifies, audits as CLI", async () => {
    const run = await stellwerk([
      "user",
      "create",
      "Leitung@Herne.Example",
      "--role",
      "ADMIN",
      "--name",
      "Frau Leitung",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Zugang angelegt: Frau Leitung <leitung@herne.example>");
    const password = oneTimePasswordIn(run.stdout);
    expect(password).toBeDefined();
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "leitung@herne.example" } });
    expect(user).toMatchObject({ role: "ADMIN", mustChangePassword: true, active: true });
    expect(await verifyPassword(user.passwordHash, password ?? "")).toBe(true);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: user.id } });
    expect(event).toMatchObject({ actor: "CLI", actorId: null, actorRole: null, action: "user.created" });
  });

  it("binds a provider by short name (any case) and a school by Schulnummer", async () => {
    const [provider, school] = await Promise.all([
      stellwerk(["user", "create", "gbh@herne.example", "--role", "provider", "--provider", "gbh"]),
      stellwerk(["user", "create", "haranni@herne.example", "--role", "SCHOOL", "--school", "168103"]),
    ]);
    expect(provider.code).toBe(0);
    expect(provider.stdout).toContain("GBH");
    expect(school.code).toBe(0);
    expect(school.stdout).toContain("Haranni-Gymnasium (168103)");
    const users = await prisma.user.findMany({
      where: { email: { in: ["gbh@herne.example", "haranni@herne.example"] } },
      include: { provider: true, school: true },
      orderBy: { email: "asc" },
    });
    expect(
      users.map((user) => [user.name, user.provider?.shortName ?? null, user.school?.schoolNumber ?? null]),
    ).toEqual([
      ["gbh", "GBH", null],
      ["haranni", null, "168103"],
    ]);
  });

  it("refuses in German with exit code 1: unknown provider, taken e-mail", async () => {
    const [unknownProvider, taken] = await Promise.all([
      stellwerk(["user", "create", "b@herne.example", "--role", "PROVIDER", "--provider", "XYZ"]),
      stellwerk(["user", "create", "LEITUNG@herne.example", "--role", "SUPERVISOR"]),
    ]);
    expect(unknownProvider.code).toBe(1);
    expect(unknownProvider.stderr).toContain("Unbekannter Träger „XYZ“. Bekannt sind: GBH.");
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain("Diese E-Mail-Adresse ist bereits einem anderen Zugang zugeordnet.");
    expect(await prisma.user.count({ where: { email: "b@herne.example" } })).toBe(0);
  });
});

describe("stellwerk token create", () => {
  it("prints a new token once; only its hash is stored", async () => {
    const run = await stellwerk(["token", "create", "leitung@herne.example", "--name", "Statistik"]);
    expect(run.code).toBe(0);
    const token = /^\s+(stw_\S+)$/m.exec(run.stdout)?.[1];
    expect(token).toBeDefined();
    const stored = await prisma.apiToken.findUniqueOrThrow({ where: { tokenHash: hashApiToken(token ?? "") } });
    expect(stored).toMatchObject({ name: "Statistik", prefix: token?.slice(0, 8), revokedAt: null });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: stored.id } });
    expect(event).toMatchObject({ actor: "CLI", action: "api_token.created" });
  });

  it("takes the last day with --expires, and refuses one out of range without writing", async () => {
    // A last day about half a year ahead: valid through it, refused from the next midnight in Herne.
    const lastDay = addDays(todayIso(), 200);
    const stopsAt = startOfDay(addDays(lastDay, 1));
    const run = await stellwerk(["token", "create", "leitung@herne.example", "--name", "Bis", "--expires", lastDay]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Gültig bis ${formatDateTime(stopsAt, "de")}`);
    const stored = await prisma.apiToken.findFirstOrThrow({ where: { name: "Bis" } });
    expect(stored.expiresAt.toISOString()).toBe(stopsAt.toISOString());

    const refused = await stellwerk([
      "token",
      "create",
      "leitung@herne.example",
      "--name",
      "Nie",
      "--expires",
      addDays(todayIso(), 3 * 366 + 2),
    ]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/zwischen morgen und höchstens drei Jahren/);
    expect(await prisma.apiToken.count({ where: { name: "Nie" } })).toBe(0);
  });
});

describe("usage", () => {
  it("explains itself and exits 2 on an unknown command; works when started without the condition", async () => {
    const [unknown, help] = await Promise.all([
      stellwerk(["user", "delete", "x@herne.example"], { plain: true }),
      stellwerk(["--help"]),
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unbekannter Befehl: user delete");
    expect(unknown.stderr).toContain("npm run stellwerk -- user create <E-Mail>");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("token create");
  });
});
