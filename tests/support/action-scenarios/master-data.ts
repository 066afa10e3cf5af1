import type { Scenario } from "./helpers.ts";

// Scenarios for this feature's server actions; see tests/integration/authorization-actions.test.ts.

export const masterDataScenarios: Record<string, Scenario> = {};
