import { getLocale, getTranslations } from "next-intl/server";
import type { SheetDef } from "@/lib/import/format";

/** The import format from its one definition (lib/import/format.ts): sheets and their columns. */
export async function FormatTable({ sheets }: { sheets: readonly SheetDef[] }) {
  const t = await getTranslations("importing");
  const locale = await getLocale();
  return (
    <section aria-labelledby="import-format" className="flex max-w-4xl flex-col gap-4">
      <h2 id="import-format" className="kern-heading-medium">
        {t("format.heading")}
      </h2>
      <p className="kern-body">{t("format.text")}</p>
      <div className="kern-table-responsive">
        <table className="kern-table kern-table--striped kern-table--small" data-testid="import-format">
          <caption className="sr-only">{t("format.tableCaption")}</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {t("format.sheet")}
              </th>
              <th scope="col" className="kern-table__header">
                {t("format.columns")}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {sheets.map((sheet) => (
              <tr key={sheet.key} className="kern-table__row">
                <th scope="row" className="kern-table__cell">
                  <span lang="de">{sheet.name}</span>
                  {locale !== "de" && <span className="kern-body--muted"> ({t(`sheets.${sheet.key}`)})</span>}
                </th>
                <td className="kern-table__cell" lang="de">
                  {sheet.columns.map((column) => `${column.header}${column.required ? "*" : ""}`).join(", ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="kern-body kern-body--small">{t("format.requiredHint")}</p>
      <p className="kern-body kern-body--small" data-testid="import-school-year-hint">
        {t("format.schoolYearHint")}
      </p>
    </section>
  );
}
