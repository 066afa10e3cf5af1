// The soft rules of docs/domain.md as warnings for a key date (SQL in sql.ts, shapes in types.ts).
export { assignmentHref, fundingSourceHref, schoolHref, staffHref } from "./links.ts";
export { listWarnings } from "./sql.ts";
export type * from "./types.ts";
export { WARNING_KINDS } from "./types.ts";
