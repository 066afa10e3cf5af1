import pg from "pg";
import { hashApiToken } from "../auth/api-token-format.ts";
import { hashPassword } from "../auth/password.ts";
import { deployMigrations } from "../migrate/index.ts";
import { BENCH_KEY_DATE, type BenchDataset, dayOf, isoOf } from "./dataset.ts";

// Writes the benchmark dataset into its own database with plain `pg` (no Prisma client, no
// DAL: this is a bulk load of generated rows into a database nobody else uses). Rows go in
// as arrays through `unnest`, 10,000 per statement; the database's own rules (CHECKs, the
// EXCLUDE constraint, the FTE-cap trigger) stay on, so the load proves the data obeys them.

/** Known sign-ins of the benchmark database (never used anywhere else). */
export const BENCH_PASSWORD = "stellwerk-bench-passwort";
export const BENCH_USERS = {
  admin: { email: "verwaltung@bench.stellwerk.test", name: "Benchmark Verwaltung", role: "ADMIN" },
  supervisor: { email: "schulaufsicht@bench.stellwerk.test", name: "Benchmark Schulaufsicht", role: "SUPERVISOR" },
  provider: { email: "traeger@bench.stellwerk.test", name: "Benchmark Träger", role: "PROVIDER" },
  school: { email: "schule@bench.stellwerk.test", name: "Benchmark Schulleitung", role: "SCHOOL" },
} as const;
/** The admin's API token (its SHA-256 is stored like any token's). Fixed, so a run can use it. */
export const BENCH_API_TOKEN = "stw_benchmark-benchmark-benchmark-benchmark-ben";

const CHUNK = 10_000;

/** Drops and recreates a database; refuses names that do not say they are for benchmarks. */
export async function recreateDatabase(url: string): Promise<string> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z0-9_]*(bench|lighthouse)[a-z0-9_]*$/.test(name)) {
    throw new Error(`Refusing to drop "${name}": a benchmark database name must contain "bench" or "lighthouse".`);
  }
  const server = new URL(url);
  server.pathname = "/postgres";
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return name;
}

const date = (day: number | null) => (day === null ? null : isoOf(day));

async function insertChunks<T>(
  client: pg.Client,
  rows: T[],
  sql: string,
  columns: ((row: T) => unknown)[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    await client.query(
      sql,
      columns.map((column) => chunk.map(column)),
    );
  }
}

async function insertDataset(client: pg.Client, data: BenchDataset): Promise<void> {
  await client.query(
    `INSERT INTO municipality (id, name, authority, department, unit, street, postal_code, city, phone, email)
     VALUES (gen_random_uuid(), 'Nordrhein-Westfalen (Benchmark)', 'Benchmark-Daten', 'Koordinierungsstelle',
             'Soziale Arbeit an Schulen', 'Musterstraße 1', '40000', 'Düsseldorf', '0211 000000',
             'schulsozialarbeit@bench.stellwerk.test')`,
  );
  await insertChunks(
    client,
    data.districts,
    `INSERT INTO district (id, name) SELECT * FROM unnest($1::uuid[], $2::text[])`,
    [(d) => d.id, (d) => d.name],
  );
  await insertChunks(
    client,
    data.providers,
    `INSERT INTO provider (id, name, short_name, kind, updated_at)
     SELECT id, name, short_name, kind::"ProviderKind", now()
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS t(id, name, short_name, kind)`,
    [(p) => p.id, (p) => p.name, (p) => p.shortName, (p) => p.kind],
  );
  await insertChunks(
    client,
    data.fundingSources,
    `INSERT INTO funding_source (id, name, kind, valid_from, valid_until, updated_at)
     SELECT id, name, kind::"FundingKind", valid_from, valid_until, now()
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::date[], $5::date[]) AS t(id, name, kind, valid_from, valid_until)`,
    [(f) => f.id, (f) => f.name, (f) => f.kind, (f) => date(f.validFrom), (f) => date(f.validUntil)],
  );
  await insertChunks(
    client,
    data.schools,
    `INSERT INTO school (id, school_number, name, type, district_id, address, social_index,
                         opened_on, closed_on, updated_at)
     SELECT id, school_number, name, type::"SchoolType", district_id, address, social_index,
            opened_on, closed_on, now()
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[],
                   $7::smallint[], $8::date[], $9::date[])
         AS t(id, school_number, name, type, district_id, address, social_index, opened_on, closed_on)`,
    [
      (s) => s.id,
      (s) => s.schoolNumber,
      (s) => s.name,
      (s) => s.type,
      (s) => data.districts[s.district]?.id,
      (s) => s.address,
      (s) => s.socialIndex,
      (s) => date(s.openedOn),
      (s) => date(s.closedOn),
    ],
  );
  // The generated counts are the current school year's (they apply to earlier years as well).
  await insertChunks(
    client,
    data.schools,
    `INSERT INTO school_pupil_count (school_id, school_year, pupil_count)
     SELECT school_id, school_year_of(current_date), pupil_count
       FROM unnest($1::uuid[], $2::int[]) AS t(school_id, pupil_count)`,
    [(s) => s.id, (s) => s.pupilCount],
  );
  await insertChunks(
    client,
    data.staff,
    `INSERT INTO staff_member (id, provider_id, personnel_number, first_name, last_name, email, employment_fte,
                               employed_from, employed_until, updated_at)
     SELECT id, provider_id, personnel_number, first_name, last_name, email, fte_milli / 1000.0,
            employed_from, employed_until, now()
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[],
                   $8::date[], $9::date[])
         AS t(id, provider_id, personnel_number, first_name, last_name, email, fte_milli, employed_from, employed_until)`,
    [
      (m) => m.id,
      (m) => data.providers[m.provider]?.id,
      (m) => m.personnelNumber,
      (m) => m.firstName,
      (m) => m.lastName,
      (m) => m.email,
      (m) => m.employmentFteMilli,
      (m) => date(m.employedFrom),
      (m) => date(m.employedUntil),
    ],
  );
  await insertChunks(
    client,
    data.assignments,
    `INSERT INTO assignment (id, staff_member_id, school_id, fte, valid_from, valid_until, funding_source_id, updated_at)
     SELECT id, staff_member_id, school_id, fte_milli / 1000.0, valid_from, valid_until, funding_source_id, now()
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::int[], $5::date[], $6::date[], $7::uuid[])
         AS t(id, staff_member_id, school_id, fte_milli, valid_from, valid_until, funding_source_id)`,
    [
      (a) => a.id,
      (a) => data.staff[a.staff]?.id,
      (a) => data.schools[a.school]?.id,
      (a) => a.fteMilli,
      (a) => date(a.validFrom),
      (a) => date(a.validUntil),
      (a) => (a.funding === null ? null : data.fundingSources[a.funding]?.id),
    ],
  );
}

/** The school head's school: the one with the most assignments active at the key date. */
function busiestSchool(data: BenchDataset): string {
  const day = dayOf(BENCH_KEY_DATE);
  const counts = new Map<number, number>();
  for (const a of data.assignments) {
    if (a.validFrom <= day && (a.validUntil === null || day <= a.validUntil)) {
      counts.set(a.school, (counts.get(a.school) ?? 0) + 1);
    }
  }
  const [best] = [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  const school = best ? data.schools[best[0]] : undefined;
  if (!school) throw new Error("no school has an assignment at the key date");
  return school.id;
}

async function insertUsers(client: pg.Client, data: BenchDataset): Promise<void> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const state = data.providers.find((provider) => provider.kind === "STATE") ?? data.providers[0];
  const bindings: Record<keyof typeof BENCH_USERS, [string | null, string | null]> = {
    admin: [null, null],
    supervisor: [null, null],
    provider: [state?.id ?? null, null],
    school: [null, busiestSchool(data)],
  };
  for (const [key, user] of Object.entries(BENCH_USERS) as [
    keyof typeof BENCH_USERS,
    (typeof BENCH_USERS)[keyof typeof BENCH_USERS],
  ][]) {
    const [providerId, schoolId] = bindings[key];
    await client.query(
      `INSERT INTO app_user (email, name, password_hash, role, provider_id, school_id, must_change_password, updated_at)
       VALUES ($1, $2, $3, $4::"Role", $5, $6, false, now())`,
      [user.email, user.name, passwordHash, user.role, providerId, schoolId],
    );
  }
  await client.query(
    `INSERT INTO api_token (user_id, name, token_hash, prefix)
     SELECT id, 'Benchmark', $2, $3 FROM app_user WHERE email = $1`,
    [BENCH_USERS.admin.email, hashApiToken(BENCH_API_TOKEN), BENCH_API_TOKEN.slice(0, 8)],
  );
}

export type LoadTimings = { migrate: number; insert: number; analyze: number };

/** Recreates the database at `url`, migrates it and writes the dataset and the bench users. */
export async function loadBenchDatabase(url: string, data: BenchDataset): Promise<LoadTimings> {
  await recreateDatabase(url);
  let started = performance.now();
  await deployMigrations(url);
  const migrate = performance.now() - started;

  started = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    await insertDataset(client, data);
    await insertUsers(client, data);
    await client.query("COMMIT");
    const insert = performance.now() - started;
    started = performance.now();
    await client.query("VACUUM ANALYZE");
    return { migrate, insert, analyze: performance.now() - started };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** Row counts per table, to print after the load. */
export async function countRows(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = ["district", "provider", "funding_source", "school", "staff_member", "assignment", "app_user"];
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      counts[table] = rows[0]?.n ?? 0;
    }
    return counts;
  } finally {
    await client.end();
  }
}
