import { z } from "zod";
import { type ListQuery, listQuerySchema, param, readListQuery, type SearchParams } from "./list-query.ts";
import { editedRecord, flag, requiredText } from "./master-data-fields.ts";

// A city district (Stadtbezirk): just a unique name.

export const DISTRICT_FIELDS = ["name"] as const;
export type DistrictField = (typeof DISTRICT_FIELDS)[number];

export const createDistrictSchema = z.object({ name: requiredText(100) });
export type DistrictInput = z.output<typeof createDistrictSchema>;

export const updateDistrictSchema = createDistrictSchema.extend(editedRecord.shape);
export type UpdateDistrictInput = z.output<typeof updateDistrictSchema>;

export const DISTRICT_SORT_KEYS = ["name", "schools"] as const;
export type DistrictSortKey = (typeof DISTRICT_SORT_KEYS)[number];
const baseQuery = listQuerySchema(DISTRICT_SORT_KEYS, "name");

export type DistrictListQuery = ListQuery<DistrictSortKey> & { archived: boolean };

export function readDistrictListQuery(params: SearchParams): DistrictListQuery {
  return { ...readListQuery(params, baseQuery), archived: flag.parse(param(params, "archived")) };
}

export function districtListParams(query: DistrictListQuery): Record<string, string> {
  return {
    q: query.q,
    archived: query.archived ? "1" : "",
    sort: query.sort,
    dir: query.dir,
    pageSize: String(query.pageSize),
  };
}
