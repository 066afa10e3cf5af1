import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import type { z } from "zod";
import type { FormState } from "@/components/forms/form-state";
import { NotFoundError, UnauthenticatedError } from "@/lib/dal/errors";
import type { WriteResult } from "@/lib/dal/internal/write-result";
import { getViewer } from "@/lib/dal/viewer";
import { requestIdFrom } from "@/lib/http/request-id";
import { fieldErrorKeys } from "@/lib/schemas/form-errors";

// What the master-data server actions (schools, providers, districts, funding sources) share:
// read the form, validate it, run the DAL write as the viewer of the session, and turn its
// answer into the form's state. Who may write is decided by the DAL, never here.

/** The named text fields of a form ("" when missing), exactly as typed. */
export function formValues<K extends string>(data: FormData, fields: readonly K[]): Record<K, string> {
  const values = {} as Record<K, string>;
  for (const field of fields) {
    const value = data.get(field);
    values[field] = typeof value === "string" ? value : "";
  }
  return values;
}

/**
 * Validates `input` with `schema`, runs `write` as the current viewer and answers the form's
 * state on a refusal. On success it returns the write's value (the caller redirects).
 * Not allowed / not there → the 404 page; not signed in → the sign-in page.
 */
export async function runWrite<S extends z.ZodType, T, C>(
  schema: S,
  input: Record<string, string>,
  values: Record<string, string>,
  write: (
    viewer: Awaited<ReturnType<typeof getViewer>>,
    parsed: z.output<S>,
    context: { requestId: string | null },
  ) => Promise<WriteResult<T, C>>,
): Promise<{ ok: true; value: T } | { ok: false; state: FormState }> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, state: { message: "invalid", fieldErrors: fieldErrorKeys(parsed.error), values } };
  }
  const [viewer, requestHeaders] = await Promise.all([getViewer(), headers()]);
  let result: WriteResult<T, C>;
  try {
    result = await write(viewer, parsed.data, { requestId: requestIdFrom(requestHeaders) });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof UnauthenticatedError) redirect("/anmelden");
    throw error;
  }
  if (result.ok) return result;
  if (result.reason === "conflict") {
    return { ok: false, state: { message: "conflict", values, current: asStrings(result.current) } };
  }
  return { ok: false, state: { message: result.message, fieldErrors: result.fieldErrors, values } };
}

function asStrings(current: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries((current ?? {}) as Record<string, unknown>)) {
    out[key] = value === null || value === undefined ? "" : String(value);
  }
  return out;
}

/** The (id, version, archived) fields of an archive form. */
export const ARCHIVE_FIELDS = ["id", "version", "archived"] as const;
