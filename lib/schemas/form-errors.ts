import type { z } from "zod";
import type { ErrorKey, FieldErrorKeys } from "../dal/internal/write-result.ts";

// Zod schemas of forms use keys of the "errors" catalog as their messages
// (`z.string().min(1, "required")`); this turns a failed parse into per-field keys.

const ERROR_KEYS = new Set<string>([
  "invalid",
  "required",
  "tooLong",
  "invalidDate",
  "invalidNumber",
  "dateOrder",
  "fteRange",
  "fteOverContract",
  "overlap",
  "duplicate",
  "conflict",
  "outsideEmployment",
  "employmentLeavesAssignments",
  "archived",
  "sameSchool",
  "ruleViolated",
] satisfies ErrorKey[]);

export function fieldErrorKeys(error: z.ZodError): FieldErrorKeys {
  const out: FieldErrorKeys = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    const key = (ERROR_KEYS.has(issue.message) ? issue.message : "invalid") as ErrorKey;
    const list = out[field] ?? [];
    if (!list.includes(key)) list.push(key);
    out[field] = list;
  }
  return out;
}
