import { useLocale, useTranslations } from "next-intl";
import type { PublicCoveragePage } from "@/lib/dal/public-statistics";
import { formatCount, formatDay, formatNumber } from "@/lib/format";

type Props = { coverage: PublicCoveragePage; municipality: string; today: string };

/** The headline sentence of the programme's reports, rebuilt from live figures. */
export function CoverageSentence({ coverage, municipality, today }: Props) {
  const t = useTranslations("public");
  const locale = useLocale();
  const date = formatDay(coverage.date, locale);
  const when = coverage.date === today ? t("whenToday", { date }) : t("whenOn", { date });
  const tense = coverage.date < today ? "past" : "present";
  if (coverage.suppressed || coverage.staff === null || coverage.fte === null) {
    return <p className="kern-body kern-body--large">{t("suppressed", { when, tense, municipality })}</p>;
  }
  return (
    <p className="kern-body kern-body--large" data-testid="coverage-sentence">
      {t.rich("sentence", {
        when,
        tense,
        staff: coverage.staff,
        fte: formatNumber(coverage.fte, locale),
        providers: (coverage.providerCount ?? 0) > 1 ? "several" : "one",
        covered: formatCount(coverage.schoolsCovered ?? 0, locale),
        total: formatCount(coverage.schoolsTotal, locale),
        municipality,
        strong: (chunks) => <strong>{chunks}</strong>,
      })}
    </p>
  );
}
