// Server-side error log. Detail stays here (never in a response); secrets never get here:
// everything written passes through `redact`.

const PATTERNS: [RegExp, string][] = [
  // Authorization headers and bare bearer tokens.
  [/\b(Bearer|Basic)\s+[^\s"',;]+/gi, "$1 [entfernt]"],
  // JSON / object fields and query parameters named like secrets.
  [
    /(["']?(?:password|passwort|newPassword|currentPassword|token|secret|csrfToken|authorization|cookie|passwordHash|password_hash)["']?\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s,;&}]+)/gi,
    "$1[entfernt]",
  ],
  // argon2 hashes, JWTs (session cookies) and long opaque tokens.
  [/\$argon2(id|i|d)\$[^\s"']+/g, "[hash entfernt]"],
  [/\beyJ[\w-]*\.[\w.-]+/g, "[jwt entfernt]"],
  [/\b[A-Za-z0-9_-]{40,}\b/g, "[token entfernt]"],
];

export function redact(text: string): string {
  let out = text;
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause === undefined ? "" : `\nUrsache: ${describeError(error.cause)}`;
    return `${error.stack ?? `${error.name}: ${error.message}`}${cause}`;
  }
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

/** Logs an unexpected error with the request's reference id. */
export function logServerError(requestId: string, error: unknown, context?: string): void {
  console.error(
    redact(`[stellwerk] Fehler, Referenz ${requestId}${context ? ` (${context})` : ""}: ${describeError(error)}`),
  );
}

/** Logs a notable, expected event (throttled sign-in, refused cross-origin request). */
export function logServerNotice(requestId: string, message: string): void {
  console.warn(redact(`[stellwerk] ${message} (Referenz ${requestId})`));
}
