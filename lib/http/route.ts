import "server-only";
import { NotFoundError, UnauthenticatedError } from "../dal/errors.ts";
import { viewerFromRequest } from "../dal/viewer.ts";
import type { SignedInViewer, Viewer } from "../dal/viewer-types.ts";
import { translator } from "../i18n/translator.ts";
import { logServerError, logServerNotice } from "./log.ts";
import { acceptedOrigins, crossOriginProblem } from "./origin.ts";
import { REQUEST_ID_HEADER, requestIdFrom } from "./request-id.ts";

// One wrapper for every route handler: request id, cross-origin refusal for state-changing
// methods, optional authentication, and errors turned into JSON (German, the API's language;
// the texts come from the "errors" catalog). Unexpected errors
// answer 500 with a reference id only; their detail goes to the server log (redacted).
//
//   export const GET = apiRoute(async (request, { viewer, params }) => { … }, { auth: "required" });

export type RouteOptions = {
  /**
   * "required": anonymous requests get 401 before the handler runs; "optional": the viewer
   * is resolved but may be anonymous; "none" (default): not resolved (public routes).
   */
  auth?: "required" | "optional" | "none";
  /** Public answers may be cached by the handler; others always get Cache-Control: no-store. */
  public?: boolean;
  /** Skip the cross-origin check (for handlers with their own CSRF protection). */
  allowCrossOrigin?: boolean;
};

type Context<P> = { params: Promise<P> };
type HandlerContext<P, V> = { params: Promise<P>; requestId: string; viewer: V };

export function jsonError(status: number, message: string, requestId?: string, extraHeaders?: HeadersInit): Response {
  const headers = new Headers(extraHeaders);
  headers.set("Cache-Control", "no-store");
  if (requestId) headers.set("X-Request-Id", requestId);
  return Response.json({ error: message }, { status, headers });
}

/** The answer for an error a handler threw. */
export function errorResponse(error: unknown, requestId: string): Response {
  if (error instanceof UnauthenticatedError) {
    return jsonError(401, error.message, requestId, { "WWW-Authenticate": 'Bearer realm="stellwerk"' });
  }
  if (error instanceof NotFoundError) return jsonError(404, error.message, requestId);
  if (error instanceof SyntaxError && /JSON/.test(error.message)) {
    return jsonError(400, translator("errors")("api.invalidJson"), requestId);
  }
  logServerError(requestId, error, "Route");
  return jsonError(500, translator("errors")("api.internal", { reference: requestId }), requestId);
}

/** Copies a response whose headers may be immutable (Response.redirect) so that we can add ours. */
function withHeaders(response: Response, requestId: string, isPublic: boolean): Response {
  let result = response;
  try {
    result.headers.set("X-Request-Id", requestId);
  } catch {
    result = new Response(response.body, response);
    result.headers.set("X-Request-Id", requestId);
  }
  if (!isPublic) result.headers.set("Cache-Control", "no-store");
  return result;
}

export function apiRoute<P = Record<string, string | string[]>>(
  handler: (request: Request, context: HandlerContext<P, SignedInViewer>) => Promise<Response>,
  options: RouteOptions & { auth: "required" },
): (request: Request, context: Context<P>) => Promise<Response>;
export function apiRoute<P = Record<string, string | string[]>>(
  handler: (request: Request, context: HandlerContext<P, Viewer>) => Promise<Response>,
  options?: RouteOptions,
): (request: Request, context: Context<P>) => Promise<Response>;
export function apiRoute<P>(
  handler: (request: Request, context: HandlerContext<P, never>) => Promise<Response>,
  options: RouteOptions = {},
): (request: Request, context: Context<P>) => Promise<Response> {
  return async (request, context) => {
    const requestId = requestIdFrom(request.headers);
    try {
      if (!options.allowCrossOrigin) {
        const problem = crossOriginProblem(request.method, request.headers);
        if (problem) {
          logServerNotice(
            requestId,
            `Fremde Anfrage abgelehnt (${request.method} ${new URL(request.url).pathname}, ${problem})`,
          );
          // Say which address works: a mismatch is mostly a second name for this server.
          const [address] = acceptedOrigins(request.headers);
          const t = translator("errors");
          return jsonError(403, address ? t("api.crossOriginAt", { address }) : t("api.crossOrigin"), requestId);
        }
      }
      const auth = options.auth ?? "none";
      const viewer: Viewer = auth === "none" ? { kind: "anonymous" } : await viewerFromRequest(request);
      if (auth === "required" && viewer.kind !== "user") throw new UnauthenticatedError();
      const response = await handler(request, { params: context.params, requestId, viewer: viewer as never });
      return withHeaders(response, requestId, options.public ?? false);
    } catch (error) {
      return errorResponse(error, requestId);
    }
  };
}

export { REQUEST_ID_HEADER };
