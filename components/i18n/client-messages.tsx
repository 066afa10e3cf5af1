import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type { Messages } from "@/lib/i18n/catalog";
import { pickMessages } from "@/lib/i18n/client-namespaces";

/**
 * Sends the named catalogs to the client components below. Only the areas whose client
 * components translate get one (the signed-in area, the sign-in page); the public page has
 * none, so it loads neither catalog nor formatting library.
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly (keyof Messages)[];
  children: ReactNode;
}) {
  const messages = pickMessages(await getMessages(), namespaces);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
