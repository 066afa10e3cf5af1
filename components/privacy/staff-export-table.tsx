import { getLocale, getTranslations } from "next-intl/server";
import type { StaffChoice } from "@/lib/dal/privacy";
import { formatDay } from "@/lib/format";
import { todayIso } from "@/lib/key-date";

type Props = { staff: StaffChoice[]; total: number; query: string };

/** The staff found, each with a link to the Art. 15 JSON download. */
export async function StaffExportTable({ staff, total, query }: Props) {
  const [t, locale] = await Promise.all([getTranslations("privacy.export"), getLocale()]);
  const day = (iso: string) => formatDay(iso, locale);
  const counts = { shown: staff.length, total };
  if (staff.length === 0) {
    return (
      <p className="kern-body" role="status">
        {t("none")}
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <div className="kern-table-responsive">
        <table className="kern-table kern-table--striped" data-testid="privacy-staff-table">
          <caption className="kern-title">
            {query ? t("captionQuery", { ...counts, query }) : t("caption", counts)}
          </caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {t("columns.name")}
              </th>
              <th scope="col" className="kern-table__header">
                {t("columns.personnelNumber")}
              </th>
              <th scope="col" className="kern-table__header">
                {t("columns.provider")}
              </th>
              <th scope="col" className="kern-table__header">
                {t("columns.employment")}
              </th>
              <th scope="col" className="kern-table__header">
                {t("columns.download")}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {staff.map((member) => {
              const name = `${member.lastName}, ${member.firstName}`;
              return (
                <tr key={member.id} className="kern-table__row">
                  <th scope="row" className="kern-table__header">
                    {name}
                    {member.anonymisedAt && (
                      <span className="kern-body kern-body--muted block">
                        {t("anonymised", { date: day(todayIso(member.anonymisedAt)) })}
                      </span>
                    )}
                  </th>
                  <td className="kern-table__cell">{member.personnelNumber}</td>
                  <td className="kern-table__cell">{member.provider}</td>
                  <td className="kern-table__cell">
                    {member.employedUntil
                      ? t("employedRange", { from: day(member.employedFrom), until: day(member.employedUntil) })
                      : t("employedSince", { from: day(member.employedFrom) })}
                  </td>
                  <td className="kern-table__cell">
                    <a className="kern-link" href={`/api/v1/datenschutz/fachkraefte/${member.id}`} download>
                      {t("download")}
                      <span className="sr-only"> {t("downloadFor", { name })}</span>
                    </a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {total > staff.length && <p className="kern-body">{t("limited", { shown: staff.length })}</p>}
    </div>
  );
}
