import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SIGN_IN_CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";

// The sign-in form translates its own messages in the browser.
export default function SignInLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={SIGN_IN_CLIENT_NAMESPACES}>{children}</ClientMessages>;
}
