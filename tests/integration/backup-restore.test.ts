import { spawn } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase, backupFileName, formatBytes } from "../../lib/backup/backup.ts";
import { BackupError, maskSecrets, maskUrl } from "../../lib/backup/pg-tools.ts";
import { restoreDatabase } from "../../lib/backup/restore.ts";
import { seedHerne } from "../../prisma/seed/index.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { createTestDatabase, dropTestDatabase } from "../support/test-database.ts";

// `npm run db:backup` and `npm run db:restore` as real processes: the run's database, seeded
// and with audit events, is dumped, restored into a fresh empty database, and compared table
// by table (rows and checksums, the migration history included) and object by object; the
// hand-written rules (EXCLUDE, CHECK, append-only trigger) must still hold in the copy.

const sourceUrl = () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  return url;
};

let workDir = "";
let target: { name: string; url: string } | undefined;
let dumpFile = "";

function runCli(script: string, args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
      cwd: process.cwd(),
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Every table in schema public with its row count and a checksum over all rows. */
async function tableFingerprints(url: string): Promise<Record<string, { rows: number; md5: string | null }>> {
  return withClient(url, async (client) => {
    const tables = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    const result: Record<string, { rows: number; md5: string | null }> = {};
    for (const { tablename } of tables.rows) {
      const { rows } = await client.query<{ rows: number; md5: string | null }>(
        `SELECT count(*)::int AS rows, md5(string_agg(t::text, '|' ORDER BY t::text)) AS md5 FROM "public"."${tablename}" t`,
      );
      const row = rows[0];
      if (row) result[tablename] = row;
    }
    return result;
  });
}

/** Constraints, triggers, functions, extensions, indexes and sequence positions of schema public. */
async function schemaObjects(url: string): Promise<Record<string, string[]>> {
  const queries: Record<string, string> = {
    constraints: `SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS x
                    FROM pg_constraint WHERE connamespace = 'public'::regnamespace`,
    triggers: `SELECT tgrelid::regclass || ' ' || pg_get_triggerdef(oid) AS x FROM pg_trigger WHERE NOT tgisinternal`,
    functions: `SELECT p.proname || ' ' || md5(p.prosrc) AS x FROM pg_proc p
                  JOIN pg_namespace n ON n.oid = p.pronamespace
                 WHERE n.nspname = 'public' AND p.prolang = (SELECT oid FROM pg_language WHERE lanname = 'plpgsql')`,
    extensions: "SELECT extname || ' ' || extversion AS x FROM pg_extension",
    indexes: "SELECT indexdef AS x FROM pg_indexes WHERE schemaname = 'public'",
    sequences:
      "SELECT sequencename || ' ' || coalesce(last_value, 0) AS x FROM pg_sequences WHERE schemaname = 'public'",
  };
  return withClient(url, async (client) => {
    const result: Record<string, string[]> = {};
    for (const [name, sql] of Object.entries(queries)) {
      const { rows } = await client.query<{ x: string }>(sql);
      result[name] = rows.map((row) => row.x).sort();
    }
    return result;
  });
}

/** SQLSTATE of a statement that must fail. */
async function sqlState(url: string, sql: string): Promise<string | undefined> {
  return withClient(url, async (client) => {
    try {
      await client.query(sql);
    } catch (error) {
      return (error as { code?: string }).code;
    }
    throw new Error(`accepted: ${sql}`);
  });
}

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), "stellwerk-backup-"));
  await resetDatabase();
  await seedHerne(prisma);
  await prisma.auditEvent.createMany({
    data: [
      { actor: "CLI", action: "backup.test", entity: "school", entityId: "120301", after: { note: "Sicherung ü" } },
      { actor: "admin@herne.example", actorRole: "ADMIN", action: "backup.test", entity: "assignment", before: {} },
    ],
  });
});

afterAll(async () => {
  if (target) await dropTestDatabase(target.name);
  if (workDir) await rm(workDir, { recursive: true, force: true });
  await prisma.$disconnect();
});

describe("backup and restore", () => {
  it("npm run db:backup writes a timestamped custom-format dump and reports it in German", async () => {
    const result = await runCli("lib/cli/backup.ts", [], { DATABASE_URL: sourceUrl(), BACKUP_DIR: workDir });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const files = await readdir(workDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^stellwerk-\d{8}-\d{6}\.dump$/);
    dumpFile = path.join(workDir, files[0] ?? "");
    expect(result.stdout).toContain(`Sicherung geschrieben: ${dumpFile} (`);
    expect(result.stdout).toMatch(/\((\d+(,\d)? (kB|MB)|\d+ Bytes)\)/);
  });

  it("npm run db:restore restores into an empty database: every table, every object, identical", async () => {
    expect(dumpFile).not.toBe("");
    target = await createTestDatabase("stellwerk_restore");
    const result = await runCli("lib/cli/restore.ts", [dumpFile], { DATABASE_URL: target.url });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Wiederherstellung abgeschlossen.");

    const [before, after] = await Promise.all([tableFingerprints(sourceUrl()), tableFingerprints(target.url)]);
    expect(Object.keys(before)).toContain("_prisma_migrations");
    expect(before.audit_event?.rows).toBeGreaterThanOrEqual(2);
    expect(before.assignment?.rows).toBeGreaterThan(0);
    expect(after).toEqual(before);
    expect(await schemaObjects(target.url)).toEqual(await schemaObjects(sourceUrl()));
  });

  it("the restored copy still enforces the database's own rules", async () => {
    const url = target?.url;
    if (!url) throw new Error("no restored database");
    // EXCLUDE: an overlapping assignment of the same staff member at the same school.
    expect(
      await sqlState(
        url,
        `INSERT INTO assignment (staff_member_id, school_id, fte, valid_from, valid_until, updated_at)
         SELECT staff_member_id, school_id, 0.001, valid_from + 1, valid_until, now() FROM assignment
          WHERE valid_until IS NULL OR valid_until > valid_from LIMIT 1`,
      ),
    ).toBe("23P01");
    // CHECK: FTE share out of range.
    expect(await sqlState(url, "UPDATE assignment SET fte = 0 WHERE id = (SELECT id FROM assignment LIMIT 1)")).toBe(
      "23514",
    );
    // The audit trail stays append-only (plpgsql trigger: RAISE … insufficient_privilege).
    for (const statement of ["UPDATE audit_event SET actor = 'x'", "DELETE FROM audit_event", "TRUNCATE audit_event"]) {
      expect(await sqlState(url, statement)).toBe("42501");
    }
  });

  it("db:restore refuses a database that already has tables, and a missing file", async () => {
    const url = target?.url;
    if (!url) throw new Error("no restored database");
    const before = await tableFingerprints(url);
    const refused = await runCli("lib/cli/restore.ts", [dumpFile], { DATABASE_URL: url });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("Wiederherstellung abgebrochen: Die Zieldatenbank");
    expect(refused.stderr).toContain("ist nicht leer");
    expect(await tableFingerprints(url)).toEqual(before);

    const missing = path.join(workDir, "gibt-es-nicht.dump");
    await expect(restoreDatabase({ url, file: missing })).rejects.toThrow(`Sicherungsdatei ${missing} nicht gefunden.`);
    const noArgument = await runCli("lib/cli/restore.ts", [], { DATABASE_URL: url });
    expect(noArgument.code).toBe(2);
    expect(noArgument.stderr).toContain("Sicherungsdatei fehlt");
  });

  it("a missing or failing pg_dump/pg_restore is reported in German without the password", async () => {
    const secretUrl = "postgresql://stellwerk:Geheim%2142@127.0.0.1:5432/stellwerk_gibt_es_nicht";
    const missing = backupDatabase({ url: secretUrl, dir: workDir, pgDump: "/nonexistent/pg_dump" });
    await expect(missing).rejects.toBeInstanceOf(BackupError);
    await expect(missing).rejects.toThrow("/nonexistent/pg_dump wurde nicht gefunden");

    // pg_dump itself fails (a script standing in for it, echoing its arguments): no file remains.
    const fake = path.join(workDir, "fake-pg-dump.sh");
    await writeFile(fake, '#!/bin/sh\necho "pg_dump: error: $*" >&2\nexit 1\n', { mode: 0o755 });
    const failed = await backupDatabase({ url: secretUrl, dir: workDir, pgDump: fake }).catch((e: Error) => e);
    expect(failed).toBeInstanceOf(BackupError);
    expect((failed as Error).message).toContain("ist mit Code 1 beendet");
    expect((failed as Error).message).toContain("stellwerk:***@127.0.0.1");
    expect((failed as Error).message).not.toMatch(/Geheim/);
    expect((await readdir(workDir)).filter((f) => f.endsWith(".dump"))).toEqual([path.basename(dumpFile)]);

    const restoreFailed = await restoreDatabase({ url: secretUrl, file: dumpFile }).catch((e: Error) => e);
    expect(restoreFailed).toBeInstanceOf(BackupError);
    expect((restoreFailed as Error).message).toContain("ist nicht erreichbar");
    expect((restoreFailed as Error).message).not.toMatch(/Geheim/);
  });

  it("names, sizes and masking", () => {
    expect(backupFileName(new Date(2026, 0, 5, 7, 8, 9))).toBe("stellwerk-20260105-070809.dump");
    expect(formatBytes(512)).toBe("512 Bytes");
    expect(formatBytes(1536)).toBe("1,5 kB");
    expect(formatBytes(3 * 1024 * 1024)).toBe("3 MB");
    expect(maskUrl("postgresql://u:pw@h/db")).toBe("postgresql://u:***@h/db");
    expect(maskSecrets("failed for u:p%40ss and p@ss", "postgresql://u:p%40ss@h/db")).toBe("failed for u:*** and ***");
  });
});
