import type { Logger } from "pino";
import { logger, redact, requestLogger } from "../log.ts";

// Server-side logging of requests (JSON lines through lib/log.ts, with the request id).
// Detail stays here (never in a response); secrets and personal data never get here:
// everything written is scrubbed and redacted by lib/log.ts.

export { redact };

/** Logs an unexpected error with the request's reference id. */
export function logServerError(requestId: string, error: unknown, context?: string): void {
  requestLogger(requestId).error({ err: error, context }, "Unerwarteter Fehler");
}

/** Logs a notable, expected event (throttled sign-in, refused cross-origin request). */
export function logServerNotice(requestId: string, message: string): void {
  requestLogger(requestId).warn(message);
}

export type RequestErrorInfo = {
  headers: Record<string, string | string[] | undefined>;
  method: string;
};
export type RequestErrorRoute = { routePath: string; routeType: string };

/**
 * A page, route handler or server action failed (Next's onRequestError, instrumentation.ts).
 * The route pattern is logged, not the path: paths and queries may carry names.
 * The digest is what app/error.tsx shows the user as "Referenz".
 */
export function logRequestError(error: unknown, request: RequestErrorInfo, route: RequestErrorRoute): void {
  const header = request.headers["x-request-id"];
  const requestId = Array.isArray(header) ? header[0] : header;
  const log: Logger = requestId ? requestLogger(requestId) : logger();
  const digest = (error as { digest?: unknown } | null)?.digest;
  log.error(
    { err: error, digest, method: request.method, route: route.routePath, routeType: route.routeType },
    "Fehler beim Bearbeiten einer Anfrage",
  );
}
