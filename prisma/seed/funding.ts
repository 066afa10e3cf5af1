import type { FundingSeed } from "./types.ts";

// Where the money comes from. BuT-funded school social work ran out at the end of 2014;
// from 2015 the state programme took over (see the funding changes in staff.ts).
export const fundingSources = [
  {
    key: "LP",
    name: "Landesprogramm Schulsozialarbeit NRW",
    kind: "LANDESPROGRAMM",
    validFrom: "2015-01-01",
    validUntil: null,
    reference: "Förderrichtlinie Schulsozialarbeit in Nordrhein-Westfalen",
  },
  {
    key: "LS",
    name: "Landesstellen",
    kind: "LANDESSTELLE",
    validFrom: "2008-08-01",
    validUntil: null,
    reference: "Stellen für Schulsozialarbeit im Landesdienst",
  },
  {
    key: "BUT",
    name: "BuT (Bildung und Teilhabe)",
    kind: "BUT",
    validFrom: "2011-08-01",
    validUntil: "2014-12-31",
    reference: "Bildungs- und Teilhabepaket, Mittel für Schulsozialarbeit",
  },
  {
    key: "KOM",
    name: "Kommunale Mittel",
    kind: "KOMMUNAL",
    validFrom: "2008-01-01",
    validUntil: null,
    reference: "Haushalt der Stadt Herne",
  },
  {
    key: "MPT",
    name: "MPT (multiprofessionelle Teams)",
    kind: "MPT",
    validFrom: "2017-08-01",
    validUntil: "2027-07-31",
    reference: "Landesstellen für multiprofessionelle Teams an Schulen",
  },
] as const satisfies readonly FundingSeed[];

export type FundingKey = (typeof fundingSources)[number]["key"];
