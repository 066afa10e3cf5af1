import type { Messages } from "./catalog.ts";

// The namespaces client components translate with useTranslations(). Only these travel to the
// browser; server components read the rest on the server. Sending every catalog made each
// page some 100 KB heavier and put words of private pages into public ones.
// tests/unit/i18n-client-namespaces.test.ts fails when a client component uses a namespace
// its area does not send.

type Namespace = keyof Messages;

// The public page sends none: its few client components get their words as props.

/** Sent with the sign-in page (app/(public)/anmelden/layout.tsx). */
export const SIGN_IN_CLIENT_NAMESPACES = ["common", "errors", "auth"] as const satisfies readonly Namespace[];

/** Sent in the signed-in area (app/(app)/layout.tsx). */
export const APP_CLIENT_NAMESPACES = [
  ...SIGN_IN_CLIENT_NAMESPACES,
  "tables",
  "account",
  "assignments",
  "dashboard",
  "districts",
  "funding",
  "importing",
  "privacy",
  "providers",
  "schools",
  "staff",
  "tokens",
  "users",
] as const satisfies readonly Namespace[];

export function pickMessages(messages: Messages, namespaces: readonly Namespace[]): Partial<Messages> {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]));
}
