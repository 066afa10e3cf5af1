import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import * as wasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { debugSchemaEngine } from "../env.ts";
import { forSchemaEngine } from "./engine-adapter.ts";
import { connectInMemoryShadow } from "./shadow-database.ts";

// Prisma's CLI needs a native schema engine downloaded from Prisma's binary host, which
// these machines cannot reach. The same engine ships on npm as WebAssembly; we drive it
// through @prisma/adapter-pg. It writes the standard prisma/migrations folders and the
// standard _prisma_migrations table, so `prisma migrate deploy` stays usable elsewhere.

let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = path.join(path.dirname(bindingsPath), "schema_engine_bg.wasm");
    // The engine reports Rust panics through this global; keep the message for our error.
    const panics = {
      message: "",
      set_message(message: string) {
        panics.message = message;
      },
    };
    (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = panics;
    const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), {
      "./schema_engine_bg.js": wasmBindings as unknown as WebAssembly.ModuleImports,
    });
    const bindings = wasmBindings as unknown as { __wbg_set_wasm(exports: unknown): void };
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  })();
  return wasmReady;
}

/** Where the engine's "main" connection goes: a real server, or (for offline diffs) PGlite. */
export type Target = { databaseUrl: string } | { inMemory: true };

/** The engine does not always dispose what it connects; we close every connection at the end. */
type Tracked = SqlMigrationAwareDriverAdapterFactory & { disposeAll(): Promise<void> };

function adapterFactory(target: Target): Tracked {
  const open = new Set<SqlDriverAdapter>();
  const track = async (connecting: Promise<SqlDriverAdapter>): Promise<SqlDriverAdapter> => {
    const adapter = await connecting;
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      if (!open.delete(adapter)) return;
      await dispose();
    };
    open.add(adapter);
    return adapter;
  };
  const connectMain = async () =>
    "databaseUrl" in target
      ? forSchemaEngine(await new PrismaPg({ connectionString: target.databaseUrl, max: 2 }).connect())
      : connectInMemoryShadow();
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => track(connectMain()),
    // Our own shadow: adapter-pg's would need CREATEDB and drops the database before
    // closing its pool, leaking it.
    connectToShadowDb: () => track(connectInMemoryShadow()),
    disposeAll: async () => {
      await Promise.all([...open].map((adapter) => adapter.dispose()));
    },
  };
}

export type SchemaFile = { path: string; content: string };

export async function withSchemaEngine<T>(
  target: Target,
  schemaFiles: SchemaFile[],
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const factory = adapterFactory(target);
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const log = (line: string) => {
    if (debugSchemaEngine()) console.error(line);
  };
  const engine = await wasmBindings.SchemaEngine.new(
    { datamodels: schemaFiles.map((file) => [file.path, file.content] as [string, string]) },
    log,
    adapter,
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    await factory.disposeAll();
  }
}
