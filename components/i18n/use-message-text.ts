import { useTranslations } from "next-intl";
import type { Message } from "@/lib/i18n/message";

/** Translates Messages (catalog key + values) from lib/ or the DAL; for server and client components. */
export function useMessageText() {
  const t = useTranslations();
  return (message: Message): string => t(message.key, message.values);
}
