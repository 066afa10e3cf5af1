// Requests proxy.ts answers itself, before Next routes them, because Next would answer them
// with a bare 500 that carries none of the security headers:
// - a path whose percent-encoding does not decode (`/schulen/%FF`): 400;
// - a server action posted from another site: 403 (Next's own origin check throws, which
//   becomes a 500).
// German only: proxy.ts does not load the translator (see the note there).
import apiErrors from "../i18n/messages/de/errors.json";
import { serverActionOriginProblem } from "./origin.ts";

export type EarlyRefusal = { status: 400 | 403; body: string; contentType: string; reason: string };

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
  const answer = (status: 400 | 403, text: string, title: string, reason: string): EarlyRefusal =>
    isApi || status === 403
      ? { status, body: JSON.stringify({ error: text }), contentType: "application/json", reason }
      : { status, body: page(title, text), contentType: "text/html; charset=utf-8", reason };

  if (!decodes(pathname)) {
    return answer(400, apiErrors.api.malformedPath, apiErrors.malformedPathPage.title, "malformed percent-encoding");
  }
  if (method === "POST" && headers.has("next-action")) {
    const problem = serverActionOriginProblem(headers);
    if (problem) return answer(403, apiErrors.api.crossOrigin, "", `server action: ${problem}`);
  }
  return null;
}
