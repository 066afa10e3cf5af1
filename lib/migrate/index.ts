import fs from "node:fs";
import path from "node:path";
import type { SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { type SchemaFile, withSchemaEngine } from "./engine.ts";
import { ensureLockfile, readMigrations, writeMigration } from "./migrations-folder.ts";

const filters: SchemaFilter = { externalTables: [], externalEnums: [] };

export type Project = { schemaPath: string; migrationsDir: string };

export function defaultProject(root = process.cwd()): Project {
  return {
    schemaPath: path.join(root, "prisma/schema.prisma"),
    migrationsDir: path.join(root, "prisma/migrations"),
  };
}

function schemaFiles(project: Project): SchemaFile[] {
  return [{ path: project.schemaPath, content: fs.readFileSync(project.schemaPath, "utf8") }];
}

/** Applies pending migrations to the database, recording them in _prisma_migrations. */
export async function deployMigrations(databaseUrl: string, project = defaultProject()): Promise<string[]> {
  return withSchemaEngine({ databaseUrl }, schemaFiles(project), async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: readMigrations(project.migrationsDir), filters });
    return result.appliedMigrationNames;
  });
}

/**
 * The SQL that would bring the migrations up to schema.prisma, replayed in an in-memory
 * shadow database; empty when they agree. Hand-written SQL (CHECK, EXCLUDE, triggers) is
 * left alone by the engine, so it never shows up here.
 */
export async function pendingSchemaChange(project = defaultProject()): Promise<string> {
  return withSchemaEngine({ inMemory: true }, schemaFiles(project), async (engine) => {
    const migrations = readMigrations(project.migrationsDir);
    const result = await engine.diff({
      from: { tag: "migrations", ...migrations },
      to: { tag: "schemaDatamodel", files: schemaFiles(project) },
      script: true,
      exitCode: true,
      filters,
    });
    return result.exitCode === 2 ? (result.stdout ?? "").trim() : "";
  });
}

/** Writes a migration with the SQL schema.prisma needs; returns its folder, or null if in sync. */
export async function createMigration(name: string, project = defaultProject()): Promise<string | null> {
  ensureLockfile(project.migrationsDir);
  const sql = await pendingSchemaChange(project);
  if (!sql) return null;
  return writeMigration(project.migrationsDir, name, `${sql}\n`);
}

export type MigrationStatus = {
  hasMigrationsTable: boolean;
  unapplied: string[];
  failed: string[];
  edited: string[];
  problem: string | null;
};

/** How the database's migration history relates to the migrations folder. */
export async function migrationStatus(databaseUrl: string, project = defaultProject()): Promise<MigrationStatus> {
  return withSchemaEngine({ databaseUrl }, schemaFiles(project), async (engine) => {
    const result = await engine.diagnoseMigrationHistory({
      migrationsList: readMigrations(project.migrationsDir),
      optInToShadowDatabase: false,
      filters,
    });
    const history = result.history;
    return {
      hasMigrationsTable: result.hasMigrationsTable,
      unapplied: history && "unappliedMigrationNames" in history ? history.unappliedMigrationNames : [],
      failed: result.failedMigrationNames,
      edited: result.editedMigrationNames,
      problem: history && history.diagnostic !== "databaseIsBehind" ? history.diagnostic : null,
    };
  });
}
