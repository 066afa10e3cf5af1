import type { Instrumentation } from "next";

// Next calls this for every error thrown while rendering a page or running a route handler or
// server action: the detail goes to the structured log with the request id and the digest
// that app/error.tsx shows the user as "Referenz".
//
// Next compiles this file for the Edge runtime too, although Stellwerk runs no Edge code; the
// logger (pino, process.pid) is Node-only, so it is imported only on Node. NEXT_RUNTIME is a
// constant Next inlines at build time (not configuration, hence not read via lib/env.ts), which
// drops the import from the Edge bundle and with it the build warning about process.pid.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("./lib/http/log.ts");
  logRequestError(error, request, context);
};
