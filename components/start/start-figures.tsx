import { getLocale, getTranslations } from "next-intl/server";
import type { Figures } from "@/lib/coverage/types";
import { formatNumber } from "@/lib/format";

/** Today's figures of a scope with many schools (everything, or a provider's staff). */
export async function StartFigures({ figures }: { figures: Figures }) {
  const [t, locale] = await Promise.all([getTranslations("common.start"), getLocale()]);
  const rows = [
    { key: "staff", value: formatNumber(figures.staff, locale) },
    { key: "fte", value: formatNumber(figures.fteMilli / 1000, locale) },
    {
      key: "schoolsCovered",
      value: t("coveredOf", {
        covered: formatNumber(figures.schoolsCovered, locale),
        total: formatNumber(figures.schoolsTotal, locale),
      }),
    },
  ] as const;
  return (
    <dl className="grid gap-4 sm:grid-cols-3" data-testid="start-figures">
      {rows.map((row) => (
        <div key={row.key} className="border p-4">
          <dt className="kern-body kern-body--muted">{t(`figures.${row.key}`)}</dt>
          <dd className="kern-heading-medium">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
