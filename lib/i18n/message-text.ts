import { createTranslator } from "use-intl/core";
import { CATALOGS } from "./catalog.ts";
import { DEFAULT_LOCALE, type Locale } from "./config.ts";
import type { Message, MessageKey } from "./message.ts";

// Messages as text outside React: the operator CLI, the JSON API (German by default, like the
// public API's other answers) and tests.

export function messageText(message: Message, locale: Locale = DEFAULT_LOCALE): string {
  return createTranslator({ locale, messages: CATALOGS[locale] })(message.key, message.values);
}

/** Whether a string (e.g. a zod issue message) names a catalog entry. */
export function isMessageKey(text: string): text is MessageKey {
  let node: unknown = CATALOGS[DEFAULT_LOCALE];
  for (const part of text.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}
