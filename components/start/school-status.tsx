import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/admin/alert";
import { ContactBlock } from "@/components/public/contact-block";
import type { CoverageReport } from "@/lib/coverage/types";
import type { PublicContact } from "@/lib/dal/public-statistics";
import { formatDay, formatNumber } from "@/lib/format";

type Props = { report: CoverageReport; schoolId: string; contact: PublicContact | null };

/**
 * A school head's start page: whether their one school has school social work at the key
 * date, said as a sentence (never "0 von 1"), and whom to ask when it has none.
 */
export async function SchoolStatus({ report, schoolId, contact }: Props) {
  const [t, locale] = await Promise.all([getTranslations("common.start.school"), getLocale()]);
  const date = formatDay(report.date, locale);
  const school = report.schools.find((row) => row.schoolId === schoolId);
  if (!school) return <p className="kern-body">{t("notOpen", { date })}</p>;
  if (school.staff === 0) {
    return (
      <div className="flex flex-col gap-4" data-testid="school-status">
        <Alert tone="warning" title={t("uncoveredTitle", { date })}>
          <p className="kern-body">{t("uncovered", { school: school.name, date })}</p>
        </Alert>
        <section aria-labelledby="kontakt-heading" className="flex flex-col gap-2">
          <h2 id="kontakt-heading" className="kern-heading-small">
            {t("contactHeading")}
          </h2>
          <p className="kern-body">{t("contactIntro")}</p>
          {contact ? <ContactBlock contact={contact} /> : <p className="kern-body">{t("noContact")}</p>}
        </section>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-4" data-testid="school-status">
      <p className="kern-body">{t("covered", { school: school.name, date, staff: school.staff })}</p>
      <dl className="grid gap-4 sm:grid-cols-2" data-testid="start-figures">
        <div className="border p-4">
          <dt className="kern-body kern-body--muted">{t("staff")}</dt>
          <dd className="kern-heading-medium">{formatNumber(school.staff, locale)}</dd>
        </div>
        <div className="border p-4">
          <dt className="kern-body kern-body--muted">{t("fte")}</dt>
          <dd className="kern-heading-medium">{formatNumber(school.fteMilli / 1000, locale)}</dd>
        </div>
      </dl>
    </div>
  );
}
