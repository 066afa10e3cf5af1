// Security headers for every response, set by proxy.ts. Pure functions, unit-tested.
import baseHeaders from "./base-headers.json";

/** A fresh, unguessable nonce per request (128 bits, base64). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export type CspOptions = {
  nonce: string;
  /** `next dev` needs eval for React's error overlay and stack reconstruction. */
  development?: boolean;
  /** Served over https: ask browsers to upgrade stray http:// subresource URLs. */
  https?: boolean;
};

/**
 * The Content-Security-Policy. Scripts run only with this response's nonce ('strict-dynamic'
 * lets those scripts load Next's chunks); no inline script without it, no eval in production.
 *
 * Styles: <style> elements need the nonce too (Next adds it to its own), but inline style
 * ATTRIBUTES are allowed (style-src-attr 'unsafe-inline'): React renders `style={…}` props
 * as attributes in the server HTML, and Recharts positions its SVG that way. Attributes can
 * carry no nonce. Injected CSS cannot run script; the remaining risk (restyling parts of a
 * page) is accepted, and only for attributes, not for style sheets.
 */
export function buildCsp({ nonce, development = false, https = false }: CspOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // `next dev` injects its overlay's styles without a nonce.
    ["style-src", "'self'", ...(development ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`])],
    ["style-src-attr", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ["frame-src", "'none'"],
    ["worker-src", "'self'"],
    ["manifest-src", "'self'"],
  ];
  if (https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((parts) => parts.join(" ")).join("; ");
}

/**
 * The headers every response carries besides the CSP. Kept as JSON because next.config.js
 * (plain JavaScript, loaded before any TypeScript) gives them to Next's static build assets,
 * which do not pass proxy.ts. HSTS for two years: browsers ignore it over plain http
 * (development), so it is always sent. X-Frame-Options for browsers that predate
 * frame-ancestors.
 */
export const BASE_HEADERS: Readonly<Record<string, string>> = baseHeaders;

/** The headers every response carries (CSP included). */
export function securityHeaders(csp: string): Record<string, string> {
  return { "Content-Security-Policy": csp, ...BASE_HEADERS };
}
