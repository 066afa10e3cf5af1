import { z } from "zod";

// The only reader of process.env. Everything is validated with zod on first use, so a
// misconfigured installation fails at start with a message that names the variable.

const schema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL fehlt (z. B. postgresql://user@host:5432/stellwerk)" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL muss mit postgresql:// beginnen"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  STELLWERK_DEMO: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((value) => value === "1" || value === "true"),
  // Optional, read by `npm run demo` (lib/cli/demo.ts): the app's port and the embedded database's.
  PORT: z.coerce.number().int().min(1).max(65535).optional(),
  PGLITE_PORT: z.coerce.number().int().min(1).max(65535).optional(),
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
