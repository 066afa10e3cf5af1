import type { Instrumentation } from "next";
import { logRequestError } from "./lib/http/log.ts";

// Next calls this for every error thrown while rendering a page or running a route handler or
// server action: the detail goes to the structured log with the request id and the digest
// that app/error.tsx shows the user as "Referenz".
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  logRequestError(error, request, context);
};
