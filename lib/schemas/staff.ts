import { z } from "zod";
import {
  dateInput,
  datesInOrder,
  fteInput,
  idInput,
  optionalDateInput,
  optionalText,
  requiredText,
  versionInput,
} from "./form-inputs.ts";
import { listQuerySchema, param, readListQuery, type SearchParams } from "./list-query.ts";

// Staff member input (forms, actions) and the staff list's URL. Error messages are keys of
// the "errors" catalog.

const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "tooLong")
  .refine((value) => value === "" || z.email().safeParse(value).success, "invalid")
  .transform((value) => (value === "" ? null : value));

/** What a provider may edit of their own staff (docs/domain.md: contact, qualification, contract FTE,
 * and, as the employer who keeps the HR record, the names and the personnel number). */
const providerEditable = {
  personnelNumber: requiredText(50),
  firstName: requiredText(100),
  lastName: requiredText(100),
  email: optionalEmail,
  phone: optionalText(50),
  qualification: optionalText(200),
  employmentFte: fteInput,
};

export const createStaffSchema = z
  .object({
    /**
     * Admin: the chosen provider, required when the form has the field (an empty select is
     * reported with the other errors). A provider's form has none: the DAL sets their own,
     * whatever is sent.
     */
    providerId: idInput.optional(),
    ...providerEditable,
    employedFrom: dateInput,
    employedUntil: optionalDateInput,
  })
  .check(datesInOrder("employedFrom", "employedUntil"));
export type CreateStaffInput = z.infer<typeof createStaffSchema>;

/**
 * An edit. The admin-only fields (provider, employment period) are optional: a provider's
 * form does not send them, and the DAL ignores them for a provider anyway.
 */
export const updateStaffSchema = z
  .object({
    id: idInput,
    version: versionInput,
    providerId: idInput.optional(),
    ...providerEditable,
    employedFrom: dateInput.optional(),
    employedUntil: optionalDateInput.optional(),
  })
  .check(datesInOrder("employedFrom", "employedUntil"));
export type UpdateStaffInput = z.infer<typeof updateStaffSchema>;

/** Ends an employment; the assignments beyond it end with it (or go, when they start later). */
export const endEmploymentSchema = z.object({
  id: idInput,
  version: versionInput,
  employedUntil: dateInput,
});
export type EndEmploymentInput = z.infer<typeof endEmploymentSchema>;

// --- the list ---------------------------------------------------------------------------

export const STAFF_SORT_KEYS = [
  "name",
  "personnelNumber",
  "provider",
  "employmentFte",
  "employedFrom",
  "employedUntil",
] as const;
export type StaffSortKey = (typeof STAFF_SORT_KEYS)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const staffListBase = listQuerySchema(STAFF_SORT_KEYS, "name");

const filterSchema = z.object({
  /** A provider's id. */
  provider: z
    .string()
    .trim()
    .refine((value) => UUID.test(value))
    .optional()
    .catch(undefined),
  /** Employment at today: active (not ended) or ended. */
  status: z.enum(["active", "ended"]).optional().catch(undefined),
  /** "free": employed today with contract FTE left over after today's assignments. */
  capacity: z.enum(["free"]).optional().catch(undefined),
  /** A school: its id (links from a school's page) or its six-digit Schulnummer (typed). */
  school: z
    .string()
    .trim()
    .refine((value) => UUID.test(value) || /^\d{6}$/.test(value))
    .optional()
    .catch(undefined),
});

export type StaffListQuery = ReturnType<typeof readStaffListQuery>;

/** The staff list's URL parameters; anything malformed falls back to "no filter". */
export function readStaffListQuery(params: SearchParams) {
  const list = readListQuery<StaffSortKey>(params, staffListBase);
  const filters = filterSchema.parse({
    provider: param(params, "provider") || undefined,
    status: param(params, "status") || undefined,
    capacity: param(params, "capacity") || undefined,
    school: param(params, "school") || undefined,
  });
  return { ...list, ...filters };
}
