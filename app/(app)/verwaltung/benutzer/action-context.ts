import "server-only";
import { headers } from "next/headers";
import { getViewer } from "@/lib/dal/viewer";
import { requestIdFrom } from "@/lib/http/request-id";
import { message } from "@/lib/i18n/message";

// What every admin server action needs: who asks (resolved from the session on the server,
// never from the form) and the request id for the audit event.
export async function actionContext() {
  const [viewer, requestHeaders] = await Promise.all([getViewer(), headers()]);
  return { viewer, audit: { requestId: requestIdFrom(requestHeaders) } };
}

export const NOT_FOUND_MESSAGE = message("errors.notFoundOrForbidden");

/** A text field of a form ("" when missing). */
export const text = (data: FormData, name: string): string => {
  const value = data.get(name);
  return typeof value === "string" ? value : "";
};
