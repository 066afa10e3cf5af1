import { z } from "zod";
import { SCHOOL_TYPE_ORDER } from "../school-types.ts";
import { parseSchoolYear } from "../school-year.ts";
import { datesInOrder } from "./form-inputs.ts";
import { type ListQuery, listQuerySchema, param, readListQuery, type SearchParams } from "./list-query.ts";
import {
  choice,
  editedRecord,
  flag,
  optionalDate,
  optionalText,
  optionalWholeNumber,
  recordId,
  requiredText,
  wholeNumber,
} from "./master-data-fields.ts";

// A school as typed into the create/edit form, and the list's URL parameters.

export const SCHOOL_TYPES = SCHOOL_TYPE_ORDER as unknown as readonly [
  "GRUNDSCHULE",
  "HAUPTSCHULE",
  "REALSCHULE",
  "SEKUNDARSCHULE",
  "GESAMTSCHULE",
  "GYMNASIUM",
  "FOERDERSCHULE",
  "BERUFSKOLLEG",
];

/** The form's fields, in form order (also the order of the conflict comparison). */
export const SCHOOL_FIELDS = [
  "schoolNumber",
  "name",
  "type",
  "districtId",
  "address",
  "pupilCount",
  "pupilSchoolYear",
  "socialIndex",
  "openedOn",
  "closedOn",
] as const;
export type SchoolField = (typeof SCHOOL_FIELDS)[number];

const schoolFields = z.object({
  schoolNumber: z
    .string()
    .trim()
    .min(1, "required")
    .regex(/^\d{6}$/, "invalid"),
  name: requiredText(200),
  type: choice(SCHOOL_TYPES),
  districtId: z
    .string()
    .refine((value) => value !== "", "required")
    .pipe(recordId),
  address: optionalText(300),
  pupilCount: wholeNumber(0, 100_000),
  /** The school year the count is for (the form offers the current one). */
  pupilSchoolYear: z
    .string()
    .trim()
    .min(1, "required")
    .refine((value) => parseSchoolYear(value) !== null, "invalid")
    .transform((value) => parseSchoolYear(value) ?? 0),
  socialIndex: optionalWholeNumber(1, 9),
  openedOn: optionalDate,
  closedOn: optionalDate,
});

/** The database says the same (school_closed_after_opened); checked here for a friendlier answer. */
const closedAfterOpened = datesInOrder("openedOn", "closedOn", { strict: true });

export const createSchoolSchema = schoolFields.check(closedAfterOpened);
export type SchoolInput = z.output<typeof createSchoolSchema>;

export const updateSchoolSchema = schoolFields.extend(editedRecord.shape).check(closedAfterOpened);
export type UpdateSchoolInput = z.output<typeof updateSchoolSchema>;

// --- the list ---------------------------------------------------------------------------

export const SCHOOL_SORT_KEYS = ["number", "name", "type", "district", "pupils"] as const;
export type SchoolSortKey = (typeof SCHOOL_SORT_KEYS)[number];
const baseQuery = listQuerySchema(SCHOOL_SORT_KEYS, "name");

export const SCHOOL_STATUSES = ["open", "closed"] as const;
export type SchoolStatus = (typeof SCHOOL_STATUSES)[number];

export type SchoolListQuery = ListQuery<SchoolSortKey> & {
  type: (typeof SCHOOL_TYPES)[number] | null;
  district: string | null;
  /** open / closed at today's date; null: both. */
  status: SchoolStatus | null;
  /** Archived schools are left out unless asked for. */
  archived: boolean;
};

const filters = z.object({
  type: z.enum(SCHOOL_TYPES).nullable().catch(null),
  district: z.uuid().nullable().catch(null),
  status: z.enum(SCHOOL_STATUSES).nullable().catch(null),
  archived: flag,
});

export function readSchoolListQuery(params: SearchParams): SchoolListQuery {
  return {
    ...readListQuery(params, baseQuery),
    ...filters.parse({
      type: param(params, "type") ?? null,
      district: param(params, "district") ?? null,
      status: param(params, "status") ?? null,
      archived: param(params, "archived"),
    }),
  };
}

/** The list's URL parameters (for sort and page links), without empty ones. */
export function schoolListParams(query: SchoolListQuery): Record<string, string> {
  return {
    q: query.q,
    type: query.type ?? "",
    district: query.district ?? "",
    status: query.status ?? "",
    archived: query.archived ? "1" : "",
    sort: query.sort,
    dir: query.dir,
    pageSize: String(query.pageSize),
  };
}
