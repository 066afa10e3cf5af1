import "dotenv/config";
import { defineConfig } from "prisma/config";

// Prisma 7 reads the connection from here; the CLI is only used for `generate`
// (migrations run through lib/migrate, see README).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/stellwerk" },
});
