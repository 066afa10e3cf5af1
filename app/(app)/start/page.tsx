import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ProviderNeeds } from "@/components/start/provider-needs";
import { SchoolStatus } from "@/components/start/school-status";
import { StartFigures } from "@/components/start/start-figures";
import { getCoverage } from "@/lib/dal/coverage";
import { getProviderStart } from "@/lib/dal/provider-start";
import { getPublicContact } from "@/lib/dal/public-statistics";
import { requireViewer } from "@/lib/dal/viewer";
import { formatDay } from "@/lib/format";
import { todayIso } from "@/lib/key-date";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.start");
  return { title: t("title") };
}

/**
 * The signed-in start page: today's figures within the viewer's own scope; for a school head
 * their one school in words, for a provider what needs them.
 */
export default async function StartPage() {
  const viewer = await requireViewer();
  const today = todayIso();
  const [report, t, locale] = await Promise.all([getCoverage(viewer, today), getTranslations("common"), getLocale()]);
  const school = viewer.role === "SCHOOL" && viewer.schoolId ? viewer.schoolId : null;
  const [contact, providerStart] = await Promise.all([
    school ? getPublicContact() : null,
    viewer.role === "PROVIDER" ? getProviderStart(viewer, today) : null,
  ]);
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
      {school ? (
        <>
          <SchoolStatus report={report} schoolId={school} contact={contact} />
          <p className="kern-body mt-6">
            <a className="kern-link" href={`/schulen/${school}`}>
              {t("start.ownSchool")}
            </a>
          </p>
        </>
      ) : (
        <StartFigures figures={report.total} />
      )}
      {providerStart ? <ProviderNeeds start={providerStart} /> : null}
    </main>
  );
}
