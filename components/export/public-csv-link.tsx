import { getLocale, getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/format";

/** The public page's figures as a CSV download (suppressed like the page). */
export async function PublicCsvLink({ date }: { date: string }) {
  const [t, locale] = await Promise.all([getTranslations("exporting.page"), getLocale()]);
  return (
    <a className="kern-link" href={`/api/v1/public/coverage.csv?date=${date}`} download>
      {t("public", { date: formatDay(date, locale) })}
    </a>
  );
}
