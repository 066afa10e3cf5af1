import { inject } from "vitest";

// lib/env.ts reads DATABASE_URL on first use; point it at this run's database.
process.env.DATABASE_URL = inject("databaseUrl");
