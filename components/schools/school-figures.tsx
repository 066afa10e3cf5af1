import { getLocale, getTranslations } from "next-intl/server";
import type { SchoolPage } from "@/lib/dal/school-page";
import { formatCount, formatFte, formatPupilsPerFte } from "@/lib/format";
import { PupilSource } from "./pupil-history";

// A school's figures at the key date, with pupils per FTE against the benchmark said in
// words and a badge (not by colour alone).

export async function SchoolFigures({ page }: { page: SchoolPage }) {
  const t = await getTranslations("schools.page");
  const locale = await getLocale();
  if (!page.openAtDate) return <p className="kern-body">{t("notOpen")}</p>;
  const { figures, threshold } = page;
  const ratio = figures.pupilsPerFte;
  const above = ratio !== null && ratio > threshold;
  const items = [
    { key: "staff", label: t("staff"), value: formatCount(figures.staff, locale) },
    { key: "fte", label: t("fte"), value: formatFte(figures.fteMilli, locale) },
    { key: "pupils", label: t("pupils"), value: formatCount(page.pupils.atDate?.pupilCount ?? 0, locale) },
    {
      key: "pupils-per-fte",
      label: t("pupilsPerFte"),
      value: ratio === null ? t("none") : formatPupilsPerFte(ratio, locale),
    },
  ];
  return (
    <div className="flex flex-col gap-4">
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" data-testid="school-figures">
        {items.map((item) => (
          <div key={item.key} className="border p-4">
            <dt className="kern-body">{item.label}</dt>
            <dd className="kern-heading-medium" data-testid={`figure-${item.key}`}>
              {item.value}
            </dd>
          </div>
        ))}
      </dl>
      <PupilSource pupils={page.pupils} />
      <p className="kern-body flex flex-wrap items-center gap-2" data-testid="benchmark" data-above={above}>
        {ratio !== null && (
          <span className={`kern-badge ${above ? "kern-badge--warning" : "kern-badge--success"}`}>
            <span className="kern-label">{t(above ? "benchmarkAboveBadge" : "benchmarkWithinBadge")}</span>
          </span>
        )}
        <span>
          {ratio === null
            ? t("benchmarkNone", { threshold })
            : t(above ? "benchmarkAbove" : "benchmarkWithin", { threshold })}
        </span>
      </p>
    </div>
  );
}
