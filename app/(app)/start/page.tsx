import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { getCoverage } from "@/lib/dal/coverage";
import { requireViewer } from "@/lib/dal/viewer";
import { formatCount, formatDay, formatFte } from "@/lib/format";
import { todayIso } from "@/lib/key-date";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.start");
  return { title: t("title") };
}

/** The signed-in start page: today's figures within the viewer's own scope. */
export default async function StartPage() {
  const viewer = await requireViewer();
  const today = todayIso();
  const [report, t, locale] = await Promise.all([getCoverage(viewer, today), getTranslations("common"), getLocale()]);
  const figures = [
    { key: "staff", value: formatCount(report.total.staff, locale) },
    { key: "fte", value: formatFte(report.total.fteMilli, locale) },
    {
      key: "schoolsCovered",
      value: t("start.coveredOf", {
        covered: formatCount(report.total.schoolsCovered, locale),
        total: formatCount(report.total.schoolsTotal, locale),
      }),
    },
  ] as const;
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <h1 className="kern-heading-large mb-4">{t("start.title")}</h1>
      <p className="kern-body mb-6">
        {t("start.welcome", {
          name: viewer.name,
          role: t(`roles.${viewer.role}`),
          date: formatDay(today, locale),
          scope: t(`start.scope.${viewer.role}`),
        })}
      </p>
      <dl className="grid gap-4 sm:grid-cols-3" data-testid="start-figures">
        {figures.map((figure) => (
          <div key={figure.key} className="border p-4">
            <dt className="kern-body kern-body--muted">{t(`start.figures.${figure.key}`)}</dt>
            <dd className="kern-heading-medium">{figure.value}</dd>
          </div>
        ))}
      </dl>
      {viewer.role === "SCHOOL" && viewer.schoolId ? (
        <p className="kern-body mt-6">
          <a className="kern-link" href={`/schulen/${viewer.schoolId}`}>
            {t("start.ownSchool")}
          </a>
        </p>
      ) : null}
    </main>
  );
}
