import { z } from "zod";
import { editedRecord, requiredText } from "./master-data-fields.ts";

// The coordination office's contact block as the admin edits it (the public page and an
// uncovered school's start page show it). An office, never a person (docs/domain.md).

export const CONTACT_FIELDS = [
  "authority",
  "department",
  "unit",
  "street",
  "postalCode",
  "city",
  "phone",
  "email",
] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "required")
  .max(254, "tooLong")
  .refine((value) => z.email().safeParse(value).success, "invalid");

export const updateContactSchema = editedRecord.extend({
  authority: requiredText(200),
  department: requiredText(200),
  unit: requiredText(200),
  street: requiredText(200),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, "invalid"),
  city: requiredText(100),
  phone: requiredText(50),
  email,
});
export type UpdateContactInput = z.output<typeof updateContactSchema>;
