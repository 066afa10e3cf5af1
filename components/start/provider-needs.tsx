import { getLocale, getTranslations } from "next-intl/server";
import { EndingAssignmentsTable, EndingEmploymentsTable } from "@/components/dashboard/forecast-endings";
import { WarningEntries } from "@/components/dashboard/warning-entries";
import type { ProviderStart } from "@/lib/dal/provider-start";
import { formatDay, formatFte } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";

/** What needs a provider: ends coming up, staff with free capacity, warnings about their staff. */
export async function ProviderNeeds({ start }: { start: ProviderStart }) {
  const [t, locale] = await Promise.all([getTranslations("common.start.provider"), getLocale()]);
  const horizon = formatDay(start.horizon, locale);
  const free = start.freeCapacity;
  return (
    <div className="mt-8 flex flex-col gap-8">
      <section aria-labelledby="enden-heading" className="flex flex-col gap-4" data-testid="provider-endings">
        <h2 id="enden-heading" className="kern-heading-medium">
          {t("endingHeading", { date: horizon })}
        </h2>
        <h3 className="kern-heading-small">{t("employmentsHeading")}</h3>
        <EndingEmploymentsTable rows={start.endingEmployments} base={start.today} />
        <h3 className="kern-heading-small">{t("assignmentsHeading")}</h3>
        <EndingAssignmentsTable rows={start.endingAssignments} />
      </section>

      <section aria-labelledby="frei-heading" className="flex flex-col gap-4" data-testid="provider-free-capacity">
        <h2 id="frei-heading" className="kern-heading-medium">
          {t("freeHeading", { count: free.total })}
        </h2>
        {free.total === 0 ? (
          <p className="kern-body">{t("freeNone")}</p>
        ) : (
          <>
            <ul className="flex flex-col gap-1">
              {free.rows.map((row) => (
                <li key={row.id} className="kern-body">
                  {t.rich("freeEntry", {
                    name: `${row.firstName} ${row.lastName}`,
                    free: formatFte(row.freeFteMilli ?? 0, locale as Locale),
                    contract: formatFte(row.employmentFteMilli ?? 0, locale as Locale),
                    link: (chunks) => (
                      <a className="kern-link" href={`/fachkraefte/${row.id}`}>
                        {chunks}
                      </a>
                    ),
                  })}
                </li>
              ))}
            </ul>
            <p className="kern-body">
              <a className="kern-link" href="/fachkraefte?capacity=free">
                {t("freeAll", { count: free.total })}
              </a>
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="hinweise-heading" className="flex flex-col gap-4" data-testid="provider-warnings">
        <h2 id="hinweise-heading" className="kern-heading-medium">
          {t("warningsHeading", { count: start.warnings.length })}
        </h2>
        {start.warnings.length === 0 ? (
          <p className="kern-body">{t("warningsNone")}</p>
        ) : (
          <WarningEntries warnings={start.warnings} />
        )}
      </section>
    </div>
  );
}
