import { getLocale, getTranslations } from "next-intl/server";
import type { SchoolAssignmentRow } from "@/lib/dal/school-page";
import { formatDay, formatFte } from "@/lib/format";

// Assignments at one school (the staff at a key date, or the whole history): staff with
// contact, provider, FTE there and period. Names link to the staff page for roles that have one.
// The caption is for screen readers: the section heading above says the same visually.

type Props = {
  caption: string;
  rows: SchoolAssignmentRow[];
  empty: string;
  linkStaff: boolean;
  showFunding: boolean;
  testId: string;
};

export async function AssignmentTable({ caption, rows, empty, linkStaff, showFunding, testId }: Props) {
  const t = await getTranslations("schools.page");
  const locale = await getLocale();
  const headers = [
    t("columns.staff"),
    t("columns.email"),
    t("columns.phone"),
    t("columns.provider"),
    t("columns.fte"),
    t("columns.period"),
    ...(showFunding ? [t("columns.funding")] : []),
  ];
  return (
    <div className="kern-table-responsive overflow-x-auto">
      <table className="kern-table" data-testid={testId}>
        <caption className="kern-sr-only">{caption}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            {headers.map((header, index) => (
              <th
                key={header}
                scope="col"
                className={`kern-table__header ${index === 4 ? "kern-table__header--numeric" : ""}`}
              >
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.length === 0 ? (
            <tr className="kern-table__row">
              <td className="kern-table__cell" colSpan={headers.length}>
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.assignmentId} className="kern-table__row">
                <th scope="row" className="kern-table__header">
                  {row.staffName === null ? (
                    t("anonymised")
                  ) : linkStaff ? (
                    <a className="kern-link" href={`/fachkraefte/${row.staffId}`}>
                      {row.staffName}
                    </a>
                  ) : (
                    row.staffName
                  )}
                </th>
                <td className="kern-table__cell">
                  {row.email ? (
                    <a className="kern-link" href={`mailto:${row.email}`}>
                      {row.email}
                    </a>
                  ) : (
                    t("none")
                  )}
                </td>
                <td className="kern-table__cell">
                  {row.phone ? (
                    <a className="kern-link" href={`tel:${row.phone.replace(/[^\d+]/g, "")}`}>
                      {row.phone}
                    </a>
                  ) : (
                    t("none")
                  )}
                </td>
                <td className="kern-table__cell">{row.provider}</td>
                <td className="kern-table__cell kern-table__cell--numeric">{formatFte(row.fteMilli, locale)}</td>
                <td className="kern-table__cell">
                  {row.validUntil
                    ? t("periodRange", {
                        from: formatDay(row.validFrom, locale),
                        until: formatDay(row.validUntil, locale),
                      })
                    : t("periodFrom", { from: formatDay(row.validFrom, locale) })}
                </td>
                {showFunding && <td className="kern-table__cell">{row.fundingSource ?? t("none")}</td>}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
