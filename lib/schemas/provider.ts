import { z } from "zod";
import { type ListQuery, listQuerySchema, param, readListQuery, type SearchParams } from "./list-query.ts";
import { choice, editedRecord, flag, optionalText, requiredText } from "./master-data-fields.ts";

// A provider (Träger) as typed into the forms: the admin edits everything, a provider's own
// users only the contact.

export const PROVIDER_KINDS = ["MUNICIPAL", "STATE", "NON_PROFIT", "OTHER"] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

export const PROVIDER_FIELDS = ["name", "shortName", "kind", "contact"] as const;
export type ProviderField = (typeof PROVIDER_FIELDS)[number];

const providerFields = z.object({
  name: requiredText(200),
  shortName: requiredText(50),
  kind: choice(PROVIDER_KINDS),
  contact: optionalText(1000),
});

export const createProviderSchema = providerFields;
export type ProviderInput = z.output<typeof createProviderSchema>;

export const updateProviderSchema = providerFields.extend(editedRecord.shape);
export type UpdateProviderInput = z.output<typeof updateProviderSchema>;

export const updateProviderContactSchema = editedRecord.extend({ contact: optionalText(1000) });
export type UpdateProviderContactInput = z.output<typeof updateProviderContactSchema>;

// --- the list ---------------------------------------------------------------------------

export const PROVIDER_SORT_KEYS = ["name", "shortName", "kind"] as const;
export type ProviderSortKey = (typeof PROVIDER_SORT_KEYS)[number];
const baseQuery = listQuerySchema(PROVIDER_SORT_KEYS, "name");

export type ProviderListQuery = ListQuery<ProviderSortKey> & { kind: ProviderKind | null; archived: boolean };

const filters = z.object({ kind: z.enum(PROVIDER_KINDS).nullable().catch(null), archived: flag });

export function readProviderListQuery(params: SearchParams): ProviderListQuery {
  return {
    ...readListQuery(params, baseQuery),
    ...filters.parse({ kind: param(params, "kind") ?? null, archived: param(params, "archived") }),
  };
}

export function providerListParams(query: ProviderListQuery): Record<string, string> {
  return {
    q: query.q,
    kind: query.kind ?? "",
    archived: query.archived ? "1" : "",
    sort: query.sort,
    dir: query.dir,
    pageSize: String(query.pageSize),
  };
}
