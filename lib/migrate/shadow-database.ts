import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { forSchemaEngine } from "./engine-adapter.ts";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A throw-away in-memory PostgreSQL 17 (PGlite) served on an ephemeral loopback port, for
 * the engine's shadow database. It needs no CREATEDB right on the real server and works
 * whatever the main database is (the embedded one has a single database only).
 * btree_gist must be loaded at creation, or the EXCLUDE constraints cannot be replayed.
 */
export async function connectInMemoryShadow(): Promise<SqlDriverAdapter> {
  const db = await PGlite.create({ extensions: { btree_gist } });
  const port = await freePort();
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 10 });
  await server.start();
  const adapter = forSchemaEngine(
    await new PrismaPg({ host: "127.0.0.1", port, user: "postgres", database: "postgres", max: 1 }).connect(),
  );
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    await server.stop();
    await db.close();
  };
  return adapter;
}
