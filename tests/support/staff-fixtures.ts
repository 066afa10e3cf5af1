import type { Prisma } from "../../lib/generated/prisma/client.ts";
import { prisma } from "./db.ts";
import { day } from "./fixtures.ts";

// Builders the staff and assignment tests need beyond tests/support/fixtures.ts.
let counter = 0;

export async function makeFunding(data: Partial<Prisma.FundingSourceUncheckedCreateInput> = {}) {
  const n = ++counter;
  return prisma.fundingSource.create({
    data: { name: `Finanzierung ${n}-${Date.now()}`, kind: "LANDESPROGRAMM", validFrom: day("2010-01-01"), ...data },
  });
}
