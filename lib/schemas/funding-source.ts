import { z } from "zod";
import type { IsoDate } from "../coverage/types.ts";
import { datesInOrder } from "./form-inputs.ts";
import { type ListQuery, listQuerySchema, param, readListQuery, type SearchParams } from "./list-query.ts";
import {
  choice,
  editedRecord,
  flag,
  optionalDate,
  optionalText,
  readDate,
  requiredDate,
  requiredText,
} from "./master-data-fields.ts";

// A funding source (Finanzierung) with its validity dates.

export const FUNDING_KINDS = ["LANDESPROGRAMM", "LANDESSTELLE", "BUT", "KOMMUNAL", "MPT", "OTHER"] as const;
export type FundingKind = (typeof FUNDING_KINDS)[number];

export const FUNDING_FIELDS = ["name", "kind", "validFrom", "validUntil", "reference"] as const;
export type FundingField = (typeof FUNDING_FIELDS)[number];

const fundingFields = z.object({
  name: requiredText(200),
  kind: choice(FUNDING_KINDS),
  validFrom: requiredDate,
  validUntil: optionalDate,
  reference: optionalText(500),
});

/** Same rule as the database's funding_source_dates, as a field error. */
const untilAfterFrom = datesInOrder("validFrom", "validUntil");

export const createFundingSourceSchema = fundingFields.check(untilAfterFrom);
export type FundingSourceInput = z.output<typeof createFundingSourceSchema>;

export const updateFundingSourceSchema = fundingFields.extend(editedRecord.shape).check(untilAfterFrom);
export type UpdateFundingSourceInput = z.output<typeof updateFundingSourceSchema>;

// --- the list ---------------------------------------------------------------------------

export const FUNDING_SORT_KEYS = ["name", "kind", "validFrom", "validUntil"] as const;
export type FundingSortKey = (typeof FUNDING_SORT_KEYS)[number];
const baseQuery = listQuerySchema(FUNDING_SORT_KEYS, "name");

export type FundingListQuery = ListQuery<FundingSortKey> & {
  kind: FundingKind | null;
  /** Only sources valid at this date. */
  validAt: IsoDate | null;
  archived: boolean;
};

const filters = z.object({
  kind: z.enum(FUNDING_KINDS).nullable().catch(null),
  validAt: z
    .string()
    .nullable()
    .transform((value) => (value ? readDate(value) : null))
    .catch(null),
  archived: flag,
});

export function readFundingListQuery(params: SearchParams): FundingListQuery {
  return {
    ...readListQuery(params, baseQuery),
    ...filters.parse({
      kind: param(params, "kind") ?? null,
      validAt: param(params, "validAt") ?? null,
      archived: param(params, "archived"),
    }),
  };
}

export function fundingListParams(query: FundingListQuery): Record<string, string> {
  return {
    q: query.q,
    kind: query.kind ?? "",
    validAt: query.validAt ?? "",
    archived: query.archived ? "1" : "",
    sort: query.sort,
    dir: query.dir,
    pageSize: String(query.pageSize),
  };
}
