import type { TestProject } from "vitest/node";
import { deployMigrations } from "../../lib/migrate/index.ts";
import { createTestDatabase, dropTestDatabase } from "./test-database.ts";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await createTestDatabase();
  await deployMigrations(database.url);
  project.provide("databaseUrl", database.url);
  return async () => {
    await dropTestDatabase(database.name);
  };
}
