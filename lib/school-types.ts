import type { SchoolType } from "./coverage/types.ts";
import germanCommon from "./i18n/messages/de/common.json";

/** The NRW school types in the order the tables list them. */
export const SCHOOL_TYPE_ORDER: SchoolType[] = [
  "GRUNDSCHULE",
  "HAUPTSCHULE",
  "REALSCHULE",
  "SEKUNDARSCHULE",
  "GESAMTSCHULE",
  "GYMNASIUM",
  "FOERDERSCHULE",
  "BERUFSKOLLEG",
];

/**
 * German display names (e.g. for reading German import files), from the catalog.
 * @deprecated in the UI: use the key `common.schoolTypes.<TYPE>`, so that the reader's language is used.
 */
export const SCHOOL_TYPE_LABELS: Record<SchoolType, string> = germanCommon.schoolTypes;
