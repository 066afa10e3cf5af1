import { getLocale, getTranslations } from "next-intl/server";
import type { Figures } from "@/lib/coverage/types";
import { formatCount, formatFte } from "@/lib/format";

// The four headline figures. The test ids are a contract with the e2e journeys
// (CONVENTIONS.md): each element holds the bare number as the page shows it.

export async function HeadlineFigures({ figures }: { figures: Figures }) {
  const t = await getTranslations("dashboard.figures");
  const locale = await getLocale();
  return (
    <dl className="grid gap-4 sm:grid-cols-3" data-testid="headline-figures">
      <div className="border p-4">
        <dt className="kern-body kern-body--muted">{t("staff")}</dt>
        <dd className="kern-heading-medium" data-testid="figure-staff">
          {formatCount(figures.staff, locale)}
        </dd>
      </div>
      <div className="border p-4">
        <dt className="kern-body kern-body--muted">{t("fte")}</dt>
        <dd className="kern-heading-medium" data-testid="figure-fte">
          {formatFte(figures.fteMilli, locale)}
        </dd>
      </div>
      <div className="border p-4">
        <dt className="kern-body kern-body--muted">{t("schoolsCovered")}</dt>
        <dd className="kern-heading-medium">
          {t.rich("schoolsValue", {
            covered: formatCount(figures.schoolsCovered, locale),
            total: formatCount(figures.schoolsTotal, locale),
            c: (chunks) => <span data-testid="figure-schools-covered">{chunks}</span>,
            t: (chunks) => <span data-testid="figure-schools-total">{chunks}</span>,
          })}
        </dd>
      </div>
    </dl>
  );
}
