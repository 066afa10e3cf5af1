import { useTranslations } from "next-intl";

// Names of the audit log's actions ("user.created" → audit.actions.user.created), entities
// and capabilities in the reader's language; one without a catalog entry shows its code.
export function useAuditLabels() {
  const t = useTranslations("audit");
  // Codes come from the database, so whether a label exists is checked at run time.
  type Key = Parameters<typeof t.has>[0];
  const label = (key: string, code: string) => (t.has(key as Key) ? t(key as Key) : code);
  return {
    action: (action: string) => label(`actions.${action}`, action),
    entity: (entity: string) => label(`entities.${entity}`, entity),
    /** access.denied names the refused capability ("staff.write") as its entity. */
    capability: (capability: string) => label(`capabilities.${capability}`, capability),
  };
}
