// The key-date figures: SQL for the app (sql.ts), small pure helpers for the edges.
export { addDays, parseIsoDate } from "./dates.ts";
export { fteToNumber, pupilsPerFte } from "./fte.ts";
export { type CoverageDb, computeCoverage, computeTrend } from "./sql.ts";
export type * from "./types.ts";
