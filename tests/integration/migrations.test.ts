import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { defaultProject, deployMigrations, migrationStatus, pendingSchemaChange } from "../../lib/migrate/index.ts";
import { createTestDatabase, dropTestDatabase } from "../support/test-database.ts";

const created: string[] = [];
afterAll(async () => {
  for (const name of created) await dropTestDatabase(name);
});

describe("offline migrations (WASM schema engine)", () => {
  it("schema.prisma and prisma/migrations agree", async () => {
    expect(await pendingSchemaChange()).toBe("");
  });

  it("notices when schema.prisma gains something the migrations lack", async () => {
    const project = defaultProject();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stellwerk-drift-"));
    const schemaPath = path.join(dir, "schema.prisma");
    const schema = fs.readFileSync(project.schemaPath, "utf8");
    fs.writeFileSync(
      schemaPath,
      schema.replace("  name      String       @unique\n", "  name      String       @unique\n  website   String?\n"),
    );
    const sql = await pendingSchemaChange({ ...project, schemaPath });
    expect(sql).toMatch(/ALTER TABLE "provider" ADD COLUMN\s+"website" TEXT/);
  });

  it("applies every migration to an empty database once and records it as Prisma does", async () => {
    const database = await createTestDatabase("stellwerk_migrate");
    created.push(database.name);
    const folders = fs
      .readdirSync(defaultProject().migrationsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();

    expect(await deployMigrations(database.url)).toEqual(folders);
    expect(await deployMigrations(database.url)).toEqual([]);
    expect(await migrationStatus(database.url)).toMatchObject({ unapplied: [], failed: [], edited: [], problem: null });

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        "SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name",
      );
      expect(rows.map((row) => row.migration_name)).toEqual(folders);
      for (const row of rows) {
        expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
        expect(row.finished_at).not.toBeNull();
      }
      // The hand-written parts arrived too (function bodies with ";" inside them).
      const triggers = await client.query("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname");
      expect(triggers.rows.map((row) => row.tgname)).toContain("assignment_fte_within_contract");
    } finally {
      await client.end();
    }
  });

  it("reports a database that is behind the folder", async () => {
    const database = await createTestDatabase("stellwerk_migrate");
    created.push(database.name);
    const status = await migrationStatus(database.url);
    expect(status.unapplied.length).toBeGreaterThan(0);
  });
});
