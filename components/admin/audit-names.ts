import type { useTranslations } from "next-intl";
import type { AuditName } from "@/lib/dal/audit-log";

type T = ReturnType<typeof useTranslations<"audit">>;

/** The text of a record's name in the log; null when the record no longer exists. */
export function nameText(name: AuditName | undefined, t: T): string | null {
  if (!name) return null;
  switch (name.kind) {
    case "name":
      return name.name;
    case "anonymisedStaff":
      return t("names.anonymisedStaff");
    case "assignment":
      return t("names.assignment", { staff: name.staff ?? t("names.anonymisedStaff"), school: name.school });
    case "apiToken":
      return t("names.apiToken", { name: name.name, prefix: name.prefix });
  }
}
