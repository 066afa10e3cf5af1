import { z } from "zod";

// The only reader of process.env. Everything is validated with zod on first use, so a
// misconfigured installation fails at start with a message that names the variable.

const schema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL fehlt (z. B. postgresql://user@host:5432/stellwerk)" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL muss mit postgresql:// beginnen"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Structured logs (lib/log.ts): the lowest level written; "silent" turns logging off.
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  STELLWERK_DEMO: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((value) => value === "1" || value === "true"),
  // Optional, read by `npm run demo` (lib/cli/demo.ts): the app's port and the embedded database's.
  PORT: z.coerce.number().int().min(1).max(65535).optional(),
  PGLITE_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  // Sign-in and sessions (lib/auth). The secret signs session JWTs and device cookies and must
  // be the same on every app instance. Required in production (see authSecret()).
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET muss mindestens 32 Zeichen lang sein").optional(),
  // The app's public URL (e.g. https://stellwerk.herne.de). When it is https, cookies are Secure.
  NEXTAUTH_URL: z.url({ error: "NEXTAUTH_URL muss eine URL sein (z. B. https://stellwerk.example.de)" }).optional(),
  // How many reverse proxies in front of the app append to X-Forwarded-For; the client address
  // for sign-in throttling is taken that many entries from the right (0 = no proxy).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // Where `npm run db:backup` writes its dumps (relative to the working directory or absolute).
  BACKUP_DIR: z.string().min(1, "BACKUP_DIR darf nicht leer sein").default("backups"),
  // GDPR retention: staff become anonymisable this many whole years after the end of the year
  // their employment ended (lib/privacy/retention.ts).
  // Digits only: an empty value must not silently become 0 years.
  STAFF_RETENTION_YEARS: z
    .string()
    .regex(/^\d{1,2}$/, "STAFF_RETENTION_YEARS muss eine ganze Zahl von 0 bis 99 sein (Jahre, z. B. 3)")
    .transform(Number)
    .default(3),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

function parse<T extends z.ZodType>(shape: T): z.infer<T> {
  const parsed = shape.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Ungültige Konfiguration:\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}

export function env(): Env {
  cached ??= parse(schema);
  return cached;
}

/** For `npm run demo`, which starts an embedded database when DATABASE_URL is not set. */
export function demoEnv() {
  return parse(schema.partial({ DATABASE_URL: true }));
}

export function databaseUrl(): string {
  return env().DATABASE_URL;
}

/** The folder for `npm run db:backup` (default `backups/`, git-ignored). */
export function backupDir(): string {
  return env().BACKUP_DIR;
}

/** Years after the end of the year an employment ended until the staff member is anonymisable. */
export function staffRetentionYears(): number {
  return env().STAFF_RETENTION_YEARS;
}

// Used only outside production, so that `next dev` and the tests run without configuration.
// Never valid in production: authSecret() refuses to start without NEXTAUTH_SECRET there.
const DEVELOPMENT_ONLY_SECRET = "stellwerk-development-only-secret-NOT-FOR-PRODUCTION-0000";

/** The secret for session JWTs and device cookies. Read lazily, so `next build` needs none. */
export function authSecret(): string {
  const { NEXTAUTH_SECRET, NODE_ENV } = env();
  if (NEXTAUTH_SECRET) return NEXTAUTH_SECRET;
  if (NODE_ENV === "production") {
    throw new Error(
      "Ungültige Konfiguration:\n  NEXTAUTH_SECRET fehlt (mindestens 32 zufällige Zeichen, z. B. `openssl rand -base64 48`)",
    );
  }
  return DEVELOPMENT_ONLY_SECRET;
}

/** Whether session and device cookies get the Secure flag (and the __Secure-/__Host- prefix). */
export function secureCookies(): boolean {
  return env().NEXTAUTH_URL?.startsWith("https://") ?? false;
}

/** The lowest log level written (lib/log.ts): LOG_LEVEL, else "info" ("silent" in tests). */
export function logLevel(): string {
  const parsed = schema.shape.LOG_LEVEL.safeParse(process.env.LOG_LEVEL);
  if (parsed.success && parsed.data) return parsed.data;
  return process.env.NODE_ENV === "test" ? "silent" : "info";
}

/** Whether the WASM schema engine should log (DEBUG_SCHEMA_ENGINE=1); needs no other variable. */
export function debugSchemaEngine(): boolean {
  const value = process.env.DEBUG_SCHEMA_ENGINE;
  return value === "1" || value === "true";
}

/** The environment to hand on to a child process (`npm run demo` starting `next`). */
export function inheritedEnvironment(): NodeJS.ProcessEnv {
  return { ...process.env };
}

// `npm run bench:data`, `npm run bench` and `npm run lighthouse` (lib/bench, bench/): their own
// databases (dropped and recreated by them), the port of the production server they start,
// and the Chromium that Lighthouse drives. None of these is needed by the app itself.
const benchSchema = z.object({
  BENCH_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "BENCH_DATABASE_URL muss mit postgresql:// beginnen")
    .default("postgresql://postgres@127.0.0.1:5432/stellwerk_bench"),
  LIGHTHOUSE_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "LIGHTHOUSE_DATABASE_URL muss mit postgresql:// beginnen")
    .default("postgresql://postgres@127.0.0.1:5432/stellwerk_lighthouse"),
  BENCH_PORT: z.coerce.number().int().min(1).max(65535).default(3201),
  CHROME_PATH: z.string().min(1).default("/usr/bin/chromium"),
});

export type BenchEnv = z.infer<typeof benchSchema>;

export function benchEnv(): BenchEnv {
  return parse(benchSchema);
}
