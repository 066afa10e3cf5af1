// Requests proxy.ts answers itself, before Next routes them, because Next would answer them
// with a bare 500 that carries none of the security headers:
// - a path whose percent-encoding does not decode (`/schulen/%FF`): 400;
// - a server action posted from another address: 403 (Next's own origin check throws, which
//   becomes a 500), with `x-action-redirect` so that Next's client goes to the sign-in page,
//   which says what happened and which address to use; the same form posted without
//   JavaScript (no Next-Action header) gets a 303 to that page.
// German only: proxy.ts does not load the translator (see the note there).
import apiErrors from "../i18n/messages/de/errors.json";
import { serverActionOriginProblem } from "./origin.ts";

export type EarlyRefusal = {
  status: 303 | 400 | 403;
  body: string;
  contentType: string;
  reason: string;
  headers?: Record<string, string>;
};

/** Where a refused form goes: the sign-in page explains the origin mismatch (?error=Origin). */
export const ORIGIN_REFUSED_PATH = "/anmelden?error=Origin";

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** A plain page without scripts or styles: it must render under any CSP. */
function page(title: string, text: string): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${title} – Stellwerk</title></head><body><main><h1>${title}</h1><p>${text}</p><p><a href="/">${apiErrors.malformedPathPage.home}</a></p></main></body></html>`;
}

/** What to answer instead of routing the request, or null to route it. */
export function earlyRefusal(method: string, pathname: string, headers: Headers): EarlyRefusal | null {
  const isApi = pathname.startsWith("/api/");
  const answer = (status: 400, text: string, title: string, reason: string): EarlyRefusal =>
    isApi
      ? { status, body: JSON.stringify({ error: text }), contentType: "application/json", reason }
      : { status, body: page(title, text), contentType: "text/html; charset=utf-8", reason };

  if (!decodes(pathname)) {
    return answer(400, apiErrors.api.malformedPath, apiErrors.malformedPathPage.title, "malformed percent-encoding");
  }
  if (method === "POST" && headers.has("next-action")) {
    const problem = serverActionOriginProblem(headers);
    if (problem) {
      // Next's client follows x-action-redirect (a hard navigation); the text is for anyone else.
      return {
        status: 403,
        body: apiErrors.api.crossOrigin,
        contentType: "text/plain; charset=utf-8",
        reason: `server action: ${problem}`,
        headers: { "x-action-redirect": `${ORIGIN_REFUSED_PATH};replace` },
      };
    }
  }
  // Pages take POSTs only as server actions; without JavaScript the form posts plainly.
  const type = (headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (method === "POST" && !isApi && FORM_TYPES.includes(type)) {
    const problem = serverActionOriginProblem(headers);
    if (problem) {
      return {
        status: 303,
        body: "",
        contentType: "text/plain; charset=utf-8",
        reason: `form: ${problem}`,
        headers: { location: ORIGIN_REFUSED_PATH },
      };
    }
  }
  return null;
}
