import { expect } from "vitest";
import type { Actor } from "../authorization-matrix/index.ts";

// What every action scenario gets: who is acting and the records of the test world.

export type World = {
  /** The two providers: providerA's user is bound to providerA, and so on. */
  providerA: { id: string };
  providerB: { id: string };
  /** The school of the schoolX user. */
  schoolX: { id: string };
};

export type ScenarioContext = { actor: Actor; actorId: string | null; world: World };

/** Does the action as the current actor, then says whether it took effect. */
export type Scenario = (context: ScenarioContext) => Promise<boolean>;

export const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

/** Runs an action; a redirect or a thrown refusal is just part of the outcome. */
export async function attempt(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return await run();
  } catch (error) {
    return error;
  }
}

/** A refused action must not hand out what it would have created. */
export function expectNoSecret(result: unknown, pattern: RegExp | string): void {
  if (typeof pattern === "string") expect(JSON.stringify(result ?? {})).not.toContain(pattern);
  else expect(JSON.stringify(result ?? {})).not.toMatch(pattern);
}
