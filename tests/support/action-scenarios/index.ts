import { coreScenarios } from "./core.ts";
import { dashboardScenarios } from "./dashboard.ts";
import { exportScenarios } from "./exports.ts";
import type { Scenario } from "./helpers.ts";
import { importScenarios } from "./imports.ts";
import { masterDataScenarios } from "./master-data.ts";
import { privacyScenarios } from "./privacy.ts";
import { staffScenarios } from "./staff.ts";

// One scenario per server action of the authorization matrix, one file per feature.
export const SCENARIOS: Record<string, Scenario> = {
  ...coreScenarios,
  ...dashboardScenarios,
  ...masterDataScenarios,
  ...staffScenarios,
  ...importScenarios,
  ...exportScenarios,
  ...privacyScenarios,
};

export type { Scenario, World } from "./helpers.ts";
