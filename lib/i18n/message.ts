import type { MessageKeys, NestedKeyOf } from "next-intl";
import type { Messages } from "./catalog.ts";

// A message that lib/ and the DAL hand to the UI instead of text: a full catalog key
// ("users.errors.emailTaken") and its ICU values. The page translates it in the reader's
// language (useMessageText / getTranslations), the CLI and the JSON API in German
// (messageText in message-text.ts). Types only plus one tiny helper, so client code may import it.

/** Every leaf key of the catalogs, namespace first: "account.passwordRules.tooShort". */
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;
export type MessageValues = Record<string, string | number>;
export type Message = { key: MessageKey; values?: MessageValues };

export function message(key: MessageKey, values?: MessageValues): Message {
  return values ? { key, values } : { key };
}
