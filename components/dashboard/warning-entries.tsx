import { getLocale, getTranslations } from "next-intl/server";
import type { Warning } from "@/lib/warnings/types";
import { warningDetail } from "./warning-text";

/** Warnings as a list: the record's name links to where it is edited, then the facts. */
export async function WarningEntries({ warnings }: { warnings: readonly Warning[] }) {
  const t = await getTranslations("dashboard.warnings");
  const locale = await getLocale();
  return (
    <ul className="mt-2 flex flex-col gap-1">
      {warnings.map((warning) => (
        <li key={`${warning.kind}:${warning.record.id}`} className="kern-body">
          {t.rich("entry", {
            name: warning.record.name,
            detail: warningDetail(t, locale, warning),
            link: (chunks) => (
              <a className="kern-link" href={warning.href}>
                {chunks}
              </a>
            ),
          })}
        </li>
      ))}
    </ul>
  );
}
