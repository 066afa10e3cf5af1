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
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Ungültige Konfiguration:\n  ${problems.join("\n  ")}`);
  }
  cached = parsed.data;
  return cached;
}

export function databaseUrl(): string {
  return env().DATABASE_URL;
}
