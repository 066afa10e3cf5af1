import { getLocale, getTranslations } from "next-intl/server";
import type { IsoDate } from "@/lib/coverage/types";
import type { StaffAssignment } from "@/lib/dal/staff";
import { formatDay, formatFte } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { timelineHint } from "./timeline-hint";
import { timelineScale } from "./timeline-scale";

type Props = {
  /** The staff member's name, for the caption. */
  name: string;
  assignments: StaffAssignment[];
  /** The employment, when the viewer may see it: the chart's background band. */
  employment: { employedFrom: IsoDate; employedUntil: IsoDate | null } | null;
  today: IsoDate;
  showFunding: boolean;
  /** Admin: links to end and transfer each running or planned assignment. */
  actions: boolean;
  caption?: string;
};

/**
 * A staff member's assignments over time: a table in chronological order (the accessible
 * record, each row an anchor `#einsatz-<id>` that warnings link to) and, above it, a simple
 * bar per assignment on a shared time axis (decorative: the table says the same).
 */
export async function AssignmentTimeline({
  name,
  assignments,
  employment,
  today,
  showFunding,
  actions,
  caption,
}: Props) {
  const t = await getTranslations("assignments");
  const locale = (await getLocale()) as Locale;
  const day = (date: IsoDate | null) => (date ? formatDay(date, locale) : t("timeline.open"));
  if (assignments.length === 0) return <p className="kern-body">{t("timeline.none")}</p>;

  const scale = timelineScale(assignments, employment, today);
  const hint = timelineHint(assignments, scale, scale.employment !== null);
  return (
    <div className="flex flex-col gap-4">
      <p className="kern-body kern-body--small">
        {t("timeline.chartHint", { ...hint, from: day(hint.from), until: day(hint.until) })}
      </p>
      <div aria-hidden="true" className="flex flex-col gap-1" data-testid="assignment-chart">
        <div className="relative ml-[12rem] h-5 text-xs">
          {scale.ticks.map((tick) => (
            <span key={tick.date} className="absolute -translate-x-1/2" style={{ left: `${tick.percent}%` }}>
              {tick.label}
            </span>
          ))}
        </div>
        {assignments.map((assignment) => {
          const bar = scale.bar(assignment.validFrom, assignment.validUntil);
          return (
            <div key={assignment.id} className="flex items-center gap-2">
              <span className="w-[11.5rem] shrink-0 truncate text-sm">{assignment.schoolName}</span>
              <div
                className="relative h-5 flex-1 rounded-sm"
                style={{ background: "var(--kern-color-layout-background-level-1, #f0f0f0)" }}
              >
                {scale.employment && (
                  <div
                    className="absolute inset-y-0 border-x border-dashed"
                    style={{
                      left: `${scale.employment.left}%`,
                      width: `${scale.employment.width}%`,
                      borderColor: "var(--kern-color-layout-border, #777)",
                    }}
                  />
                )}
                <div
                  className="absolute inset-y-0.5 rounded-sm"
                  style={{
                    left: `${bar.left}%`,
                    width: `${Math.max(bar.width, 0.5)}%`,
                    background:
                      assignment.state === "past"
                        ? "var(--kern-color-layout-text-muted, #666)"
                        : "var(--kern-color-action-default, #004b76)",
                  }}
                />
                <div
                  className="absolute inset-y-0 w-0.5"
                  style={{ left: `${scale.todayPercent}%`, background: "var(--kern-color-feedback-danger, #c00)" }}
                  title={t("timeline.today")}
                />
              </div>
            </div>
          );
        })}
      </div>
      <div className="kern-table-responsive overflow-x-auto">
        <table className="kern-table" data-testid="assignment-table">
          <caption className="kern-title text-left">{caption ?? t("timeline.caption", { name })}</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {t("timeline.columns.school")}
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                {t("timeline.columns.fte")}
              </th>
              <th scope="col" className="kern-table__header">
                {t("timeline.columns.from")}
              </th>
              <th scope="col" className="kern-table__header">
                {t("timeline.columns.until")}
              </th>
              {showFunding && (
                <th scope="col" className="kern-table__header">
                  {t("timeline.columns.funding")}
                </th>
              )}
              <th scope="col" className="kern-table__header">
                {t("timeline.columns.state")}
              </th>
              {actions && (
                <th scope="col" className="kern-table__header">
                  {t("timeline.columns.actions")}
                </th>
              )}
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {assignments.map((assignment) => (
              <tr
                key={assignment.id}
                id={`einsatz-${assignment.id}`}
                className="kern-table__row scroll-mt-24 target:outline target:outline-2"
                data-testid="assignment-row"
              >
                <th scope="row" className="kern-table__cell font-normal">
                  {assignment.schoolName} <span className="kern-body--muted">({assignment.schoolNumber})</span>
                </th>
                <td className="kern-table__cell kern-table__cell--numeric">{formatFte(assignment.fteMilli, locale)}</td>
                <td className="kern-table__cell">{day(assignment.validFrom)}</td>
                <td className="kern-table__cell">{day(assignment.validUntil)}</td>
                {showFunding && (
                  <td className="kern-table__cell">{assignment.fundingSource ?? t("timeline.noFunding")}</td>
                )}
                <td className="kern-table__cell">{t(`timeline.state.${assignment.state}`)}</td>
                {actions && (
                  <td className="kern-table__cell">
                    {assignment.state !== "past" && (
                      <span className="flex flex-wrap gap-4">
                        <a
                          className="kern-link"
                          href={`/einsaetze/${assignment.id}/beenden`}
                          aria-label={t("timeline.endLabel", { school: assignment.schoolName })}
                        >
                          {t("timeline.end")}
                        </a>
                        <a
                          className="kern-link"
                          href={`/einsaetze/${assignment.id}/wechsel`}
                          aria-label={t("timeline.transferLabel", { school: assignment.schoolName })}
                        >
                          {t("timeline.transfer")}
                        </a>
                      </span>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
