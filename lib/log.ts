import pino, { type DestinationStream, type Logger } from "pino";
import { logLevel } from "./env.ts";

// Structured logs: one JSON object per line on stdout (pino), for whatever collects the
// container's output. Every line of a request carries its `requestId` (the "Referenz" users
// see). Personal data and secrets never reach the output: fields named like them are
// replaced, and every string (messages, error messages, stacks) passes through `redact`.

const REMOVED = "[entfernt]";

const TEXT_PATTERNS: [RegExp, string][] = [
  // Authorization headers and bare bearer tokens.
  [/\b(Bearer|Basic)\s+[^\s"',;]+/gi, `$1 ${REMOVED}`],
  // JSON / object fields and query parameters named like secrets or personal data.
  [
    /(["']?(?:password|passwort|newPassword|currentPassword|token|secret|csrfToken|authorization|cookie|passwordHash|password_hash|email|e-mail)["']?\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s,;&}]+)/gi,
    `$1${REMOVED}`,
  ],
  // argon2 hashes, JWTs (session cookies), API tokens and long opaque tokens.
  [/\$argon2(id|i|d)\$[^\s"']+/g, "[hash entfernt]"],
  [/\beyJ[\w-]*\.[\w.-]+/g, "[jwt entfernt]"],
  [/\bstw_[A-Za-z0-9_-]+/g, "[token entfernt]"],
  [/\b[A-Za-z0-9_-]{40,}\b/g, "[token entfernt]"],
  // E-mail addresses (sign-in names), wherever they appear.
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, "[E-Mail entfernt]"],
  // IPv4 addresses keep their network only (a client address is personal data).
  [/\b(\d{1,3}\.\d{1,3}\.\d{1,3})\.\d{1,3}\b/g, "$1.x"],
];

/** Removes secrets and personal data from free text (messages, error messages, stacks). */
export function redact(text: string): string {
  let out = text;
  for (const [pattern, replacement] of TEXT_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/** Keys whose values are never logged, whatever they hold (compared lower-case, without - and _). */
const SENSITIVE_KEYS = new Set([
  "password",
  "passwort",
  "newpassword",
  "currentpassword",
  "passwordhash",
  "token",
  "accesstoken",
  "apitoken",
  "tokenhash",
  "secret",
  "csrftoken",
  "authorization",
  "cookie",
  "cookies",
  "setcookie",
  "email",
  "mail",
  "name",
  "firstname",
  "lastname",
  "phone",
  "telefon",
]);

const isSensitive = (key: string) => SENSITIVE_KEYS.has(key.toLowerCase().replace(/[-_]/g, ""));

type ErrorLike = Error & { code?: unknown; digest?: unknown };

/** A copy of `value` fit for the log: sensitive fields replaced, strings redacted, errors flattened. */
export function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redact(value);
  if (value === null || typeof value !== "object") return value;
  if (depth > 6) return "[…]";
  if (value instanceof Error) {
    const error = value as ErrorLike;
    return {
      type: error.name,
      message: redact(error.message),
      ...(error.code === undefined ? {} : { code: scrub(error.code, depth + 1) }),
      ...(error.digest === undefined ? {} : { digest: scrub(error.digest, depth + 1) }),
      ...(error.stack ? { stack: redact(error.stack) } : {}),
      ...(error.cause === undefined ? {} : { cause: scrub(error.cause, depth + 1) }),
    };
  }
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  if (value instanceof Headers) return scrub(Object.fromEntries(value.entries()), depth);
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) out[key] = isSensitive(key) ? REMOVED : scrub(field, depth + 1);
  return out;
}

/** A logger writing JSON lines to `destination` (stdout by default). */
export function createLogger(destination?: DestinationStream, level: string = logLevel()): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: "stellwerk", pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Errors are flattened (and redacted) by `scrub` in formatters.log, which runs first.
    serializers: { err: (value: unknown) => value },
    formatters: {
      level: (label) => ({ level: label }),
      log: (object) => scrub(object) as Record<string, unknown>,
    },
    hooks: {
      logMethod(args, method) {
        const [first, ...rest] = args;
        // `log.error(error)` would take the message unredacted from the error itself.
        const head = first instanceof Error ? [{ err: first }, ...(rest.length ? [] : [first.message])] : [first];
        const cleaned = [...head, ...rest].map((arg) => (typeof arg === "string" ? redact(arg) : arg));
        method.apply(this, cleaned as typeof args);
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

const globalForLog = globalThis as unknown as { stellwerkLogger?: Logger };

/** The process's logger, created on first use. */
export function logger(): Logger {
  globalForLog.stellwerkLogger ??= createLogger();
  return globalForLog.stellwerkLogger;
}

/** Replaces the process's logger (tests capture the output this way). */
export function setLogger(replacement: Logger): void {
  globalForLog.stellwerkLogger = replacement;
}

/** A logger whose every line carries the request's id. */
export function requestLogger(requestId: string): Logger {
  return logger().child({ requestId });
}
