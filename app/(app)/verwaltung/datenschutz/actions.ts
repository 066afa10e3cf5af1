"use server";

import { revalidatePath } from "next/cache";
import type { AnonymiseState } from "@/components/privacy/anonymise-state";
import { NotFoundError } from "@/lib/dal/errors";
import { anonymiseStaff } from "@/lib/dal/privacy";
import { anonymiseSchema } from "@/lib/schemas/privacy";
import { actionContext, text } from "../benutzer/action-context";

// The anonymisation after the retention period: parse the confirmation, call the DAL with
// the viewer. The DAL decides who may (privacy.manage), re-checks the confirmed preview and
// writes the audit event.

export async function anonymiseStaffAction(_previous: AnonymiseState, data: FormData): Promise<AnonymiseState> {
  const parsed = anonymiseSchema.safeParse({
    cutoff: text(data, "cutoff"),
    expected: text(data, "expected"),
    confirmed: text(data, "confirmed"),
  });
  if (!parsed.success) {
    const unconfirmed = parsed.error.issues.some((issue) => issue.path[0] === "confirmed");
    return unconfirmed
      ? { message: "errors.notConfirmed", fieldErrors: { confirmed: ["errors.notConfirmed"] } }
      : { message: "errors.invalid" };
  }
  const { viewer, audit } = await actionContext();
  try {
    const result = await anonymiseStaff(viewer, parsed.data, audit);
    revalidatePath("/verwaltung/datenschutz");
    return result.ok ? { done: { count: result.count } } : { message: "errors.stale" };
  } catch (error) {
    if (error instanceof NotFoundError) return { message: "errors.notAllowed" };
    throw error;
  }
}
