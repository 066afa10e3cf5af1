// The forecast: figures at a future key date and what ends on the way (SQL in sql.ts).
export { addMonths } from "./dates.ts";
export { computeForecastChanges } from "./sql.ts";
export type * from "./types.ts";
