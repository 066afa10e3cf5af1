import { getLocale, getTranslations } from "next-intl/server";
import type { SchoolPage } from "@/lib/dal/school-page";
import { formatNumber } from "@/lib/format";
import { schoolYearLabel } from "@/lib/school-year";

// A school's pupil counts per school year, newest first, with the one that applies at the key
// date marked, and the rule for years without a count said in words (docs/domain.md).

export async function PupilHistory({ pupils }: { pupils: SchoolPage["pupils"] }) {
  const t = await getTranslations("schools.pupils");
  const locale = await getLocale();
  const applying = pupils.atDate?.schoolYear;
  return (
    <div className="flex flex-col gap-4">
      <p className="kern-body" data-testid="pupil-rule">
        {t("rule")}
      </p>
      <div className="kern-table-responsive overflow-x-auto">
        <table className="kern-table" data-testid="pupil-history">
          <caption className="kern-sr-only">{t("caption")}</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {t("schoolYear")}
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                {t("count")}
              </th>
              <th scope="col" className="kern-table__header">
                {t("keyDate")}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {pupils.history.length === 0 ? (
              <tr className="kern-table__row">
                <td className="kern-table__cell" colSpan={3}>
                  {t("empty")}
                </td>
              </tr>
            ) : (
              pupils.history.map((row) => (
                <tr key={row.schoolYear} className="kern-table__row">
                  <th scope="row" className="kern-table__header">
                    {schoolYearLabel(row.schoolYear)}
                  </th>
                  <td className="kern-table__cell kern-table__cell--numeric">
                    {formatNumber(row.pupilCount, locale, 0)}
                  </td>
                  <td className="kern-table__cell">{row.schoolYear === applying ? t("applies") : ""}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Which school year's count the key date's figures use, when it is not the key date's own. */
export async function PupilSource({ pupils }: { pupils: SchoolPage["pupils"] }) {
  const t = await getTranslations("schools.pupils");
  if (!pupils.atDate || pupils.atDate.schoolYear === pupils.schoolYear) return null;
  return (
    <p className="kern-body" data-testid="pupil-source">
      {t(pupils.atDate.schoolYear > pupils.schoolYear ? "fromLater" : "fromEarlier", {
        used: schoolYearLabel(pupils.atDate.schoolYear),
        year: schoolYearLabel(pupils.schoolYear),
      })}
    </p>
  );
}
