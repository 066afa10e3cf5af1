import type { ProviderSeed } from "./types.ts";

// The four employers of school social workers in Herne (real organisations; contact
// lines are generic and name no person).
export const providers = [
  {
    key: "STADT",
    name: "Stadt Herne (Fachbereich 42)",
    shortName: "Stadt Herne",
    kind: "MUNICIPAL",
    contact: "Fachbereich 42/0 – Soziale Arbeit an Schulen, Hauptstraße 241, 44649 Herne",
  },
  {
    key: "LAND",
    name: "Land NRW",
    shortName: "Land NRW",
    kind: "STATE",
    contact: "Schulamt für die Stadt Herne",
  },
  {
    key: "GBH",
    name: "GBH (Gemeinnützige Beschäftigungsgesellschaft Herne)",
    shortName: "GBH",
    kind: "NON_PROFIT",
    contact: null,
  },
  {
    key: "GFS",
    name: "GFS (Gesellschaft freie Sozialarbeit e.V.)",
    shortName: "GFS",
    kind: "NON_PROFIT",
    contact: null,
  },
] as const satisfies readonly ProviderSeed[];

export type ProviderKey = (typeof providers)[number]["key"];
