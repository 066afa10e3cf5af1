import { afterAll, beforeAll } from "vitest";
import { prisma, resetDatabase } from "./db.ts";

// The set-up every property test against the database shares: a clean database before and
// after (the random datasets replace each other), and one seed for the whole file, taken from
// COVERAGE_SEED to replay a failure, else random and printed.

export function propertyDatabase(name: string): { seed: number } {
  const seed = Number(process.env.COVERAGE_SEED ?? Math.floor(Math.random() * 2 ** 31));
  beforeAll(async () => {
    console.info(`${name} property seed: ${seed}`);
    await resetDatabase();
  });
  afterAll(async () => {
    await resetDatabase();
    await prisma.$disconnect();
  });
  return { seed };
}
