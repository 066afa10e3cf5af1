import "server-only";
import { headers } from "next/headers";
import type { RecordFormState } from "@/components/staff/form-state";
import type { WriteFailure } from "@/lib/dal/internal/write-result";
import { getViewer } from "@/lib/dal/viewer";
import { requestIdFrom } from "@/lib/http/request-id";

// What the staff and assignment actions share: who asks (from the session, never from the
// form), the request id for the audit event, reading form fields, and turning a refused write
// into the form's state.

export async function actionContext() {
  const [viewer, requestHeaders] = await Promise.all([getViewer(), headers()]);
  return { viewer, audit: { requestId: requestIdFrom(requestHeaders) } };
}

/** The named fields of a form as strings; a field the form did not send is left out. */
export function fieldsOf(data: FormData, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = data.get(name);
    if (typeof value === "string") values[name] = value;
  }
  return values;
}

/** The state of a refused write: the error keys, what was typed, and (stale) what is stored. */
export function refusedState(
  failure: WriteFailure<unknown>,
  values: Record<string, string>,
  current?: (stored: never) => Record<string, string>,
): RecordFormState {
  if (failure.reason === "conflict") {
    return { message: "conflict", values, current: current?.(failure.current as never) };
  }
  return { message: failure.message, fieldErrors: failure.fieldErrors, values };
}
