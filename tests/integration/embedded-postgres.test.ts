import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "../../lib/demo/embedded-postgres.ts";
import { deployMigrations } from "../../lib/migrate/index.ts";

// The embedded database of `npm run demo`: migrations apply, the hand-written rules hold
// (btree_gist EXCLUDE), it serves concurrent connections, and data survives a restart.

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "stellwerk-pglite-"));
let server: EmbeddedPostgres | undefined;

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(`${dataDir}.lock`, { force: true });
});

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const insertAssignment = `
  INSERT INTO "assignment" ("staff_member_id", "school_id", "fte", "valid_from", "valid_until", "updated_at")
  VALUES ($1, $2, 0.3, $3, $4, now())`;

async function sqlState(write: Promise<unknown>): Promise<string | undefined> {
  try {
    await write;
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

describe("embedded PostgreSQL (PGlite)", () => {
  let staffId = "";
  let schoolId = "";

  it("starts on a free port and takes the migrations", async () => {
    // Port 0: any free one, so that a running demo does not collide with the test.
    server = await startEmbeddedPostgres({ dataDir, port: 0 });
    expect(server.url).toMatch(/^postgresql:\/\/.*127\.0\.0\.1:\d+\/postgres\?sslmode=disable$/);
    const applied = await deployMigrations(server.url);
    expect(applied.length).toBeGreaterThan(0);
    expect(await deployMigrations(server.url)).toEqual([]);
    // PGlite compiles its WASM on start: 40 s on Node 20, 55–85 s on Node 24 on a busy machine.
  }, 240_000);

  it("enforces the btree_gist EXCLUDE constraint (23P01)", async () => {
    const url = server?.url ?? "";
    await withClient(url, async (client) => {
      const district = await client.query(`INSERT INTO "district" ("name") VALUES ('Mitte') RETURNING "id"`);
      const school = await client.query(
        `INSERT INTO "school" ("school_number", "name", "type", "district_id", "updated_at")
         VALUES ('123456', 'Grundschule am Park', 'GRUNDSCHULE', $1, now()) RETURNING "id"`,
        [district.rows[0].id],
      );
      const provider = await client.query(
        `INSERT INTO "provider" ("name", "short_name", "kind", "updated_at")
         VALUES ('Jugendhilfe e. V.', 'JH', 'NON_PROFIT', now()) RETURNING "id"`,
      );
      const staff = await client.query(
        `INSERT INTO "staff_member" ("provider_id", "personnel_number", "first_name", "last_name",
           "employment_fte", "employed_from", "updated_at")
         VALUES ($1, 'P1', 'Eva', 'Beispiel', 1, '2015-01-01', now()) RETURNING "id"`,
        [provider.rows[0].id],
      );
      staffId = staff.rows[0].id;
      schoolId = school.rows[0].id;
      await client.query(insertAssignment, [staffId, schoolId, "2017-01-01", "2017-06-30"]);
      // Inclusive on both ends: starting on the last day overlaps.
      expect(await sqlState(client.query(insertAssignment, [staffId, schoolId, "2017-06-30", null]))).toBe("23P01");
      // The CHECK constraints hold as well.
      expect(await sqlState(client.query(insertAssignment, [staffId, schoolId, "2018-02-01", "2018-01-01"]))).toBe(
        "23514",
      );
      await client.query(insertAssignment, [staffId, schoolId, "2017-07-01", null]);
    });
  });

  it("keeps a connection usable after errors in the extended protocol", async () => {
    await withClient(server?.url ?? "", async (client) => {
      // A failing Execute, a failing Parse, a failing Bind: each answered once, in order.
      expect(await sqlState(client.query("SELECT 1 / $1::int", [0]))).toBe("22012");
      expect(await sqlState(client.query("SELEC $1::int", [1]))).toBe("42601");
      expect(await sqlState(client.query("SELECT $1::int", ["x"]))).toBe("22P02");
      expect((await client.query("SELECT $1::int AS v", [7])).rows).toEqual([{ v: 7 }]);
      await client.query("BEGIN");
      expect(await sqlState(client.query("SELECT 1 / $1::int", [0]))).toBe("22012");
      expect(await sqlState(client.query("SELECT 1"))).toBe("25P02");
      await client.query("ROLLBACK");
      expect((await client.query("SELECT 2 AS v")).rows).toEqual([{ v: 2 }]);
    });
  });

  it("serves several connections at once, keeping exchanges and transactions apart", async () => {
    const pool = new pg.Pool({ connectionString: server?.url, max: 8 });
    try {
      await pool.query(`CREATE TABLE "demo_counter" ("id" int PRIMARY KEY, "n" int NOT NULL)`);
      await pool.query(`INSERT INTO "demo_counter" VALUES (1, 0)`);
      // Each transaction reads and rewrites the counter; a lost update would show as < 20.
      const bump = async () => {
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          const { rows } = await client.query(`SELECT "n" FROM "demo_counter" WHERE "id" = $1`, [1]);
          await new Promise((resolve) => setTimeout(resolve, 1));
          await client.query(`UPDATE "demo_counter" SET "n" = $1 WHERE "id" = 1`, [rows[0].n + 1]);
          await client.query("COMMIT");
        } finally {
          client.release();
        }
      };
      // Different statement texts and failures in between: unnamed statements must not mix.
      const echo = async (i: number) => {
        if (i % 10 === 0) return (await sqlState(pool.query("SELECT 1 / $1::int", [0]))) === "22012";
        const result = await pool.query(`SELECT $1::int + ${i % 7} AS v, generate_series(1, $2::int) AS s`, [
          i,
          1 + (i % 3),
        ]);
        return result.rows.length === 1 + (i % 3) && result.rows[0].v === i + (i % 7);
      };
      const results = await Promise.all([
        ...Array.from({ length: 120 }, (_, i) => echo(i)),
        ...Array.from({ length: 20 }, bump),
      ]);
      expect(results.filter((ok) => ok === false)).toEqual([]);
      const { rows } = await pool.query(`SELECT "n" FROM "demo_counter"`);
      expect(rows[0].n).toBe(20);
    } finally {
      await pool.end();
    }
  });

  it("rolls back and frees the session when a client vanishes mid-transaction", async () => {
    const url = server?.url ?? "";
    const client = new pg.Client({ connectionString: url });
    client.on("error", () => {});
    await client.connect();
    await client.query("BEGIN");
    await client.query(`UPDATE "demo_counter" SET "n" = 999`);
    // Drop the socket without a Terminate message, as a crashed process would.
    (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    const { rows } = await withClient(url, (other) => other.query(`SELECT "n" FROM "demo_counter"`));
    expect(rows[0].n).toBe(20);
  });

  it("keeps the data across a restart on the same folder", async () => {
    await server?.stop();
    server = await startEmbeddedPostgres({ dataDir, port: 0 });
    const url = server.url;
    expect(await deployMigrations(url)).toEqual([]);
    await withClient(url, async (client) => {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM "assignment" WHERE "staff_member_id" = $1 AND "school_id" = $2`,
        [staffId, schoolId],
      );
      expect(rows[0].n).toBe(2);
      // The extension comes back too: the constraint still bites after the restart.
      expect(await sqlState(client.query(insertAssignment, [staffId, schoolId, "2019-01-01", null]))).toBe("23P01");
    });
  });

  it("refuses a folder that is open already", async () => {
    await expect(startEmbeddedPostgres({ dataDir, port: 0 })).rejects.toThrow(/schon geöffnet/);
    await server?.stop();
    // A lock left by another live process (here: our parent) is respected as well.
    fs.writeFileSync(`${dataDir}.lock`, String(process.ppid));
    await expect(startEmbeddedPostgres({ dataDir, port: 0 })).rejects.toThrow(/wird schon von Prozess/);
    fs.rmSync(`${dataDir}.lock`);
  });
});
