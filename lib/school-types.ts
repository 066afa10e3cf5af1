import type { SchoolType } from "./coverage/types.ts";

// Display names of the NRW school types, in the order the tables list them.
export const SCHOOL_TYPE_LABELS: Record<SchoolType, string> = {
  GRUNDSCHULE: "Grundschule",
  HAUPTSCHULE: "Hauptschule",
  REALSCHULE: "Realschule",
  SEKUNDARSCHULE: "Sekundarschule",
  GESAMTSCHULE: "Gesamtschule",
  GYMNASIUM: "Gymnasium",
  FOERDERSCHULE: "Förderschule",
  BERUFSKOLLEG: "Berufskolleg",
};

export const SCHOOL_TYPE_ORDER = Object.keys(SCHOOL_TYPE_LABELS) as SchoolType[];
