import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Alert } from "@/components/admin/alert";
import { orNotFound } from "@/components/admin/or-not-found";
import { AssignmentTimeline } from "@/components/assignments/assignment-timeline";
import { getStaffDetail } from "@/lib/dal/staff";
import { requireViewer } from "@/lib/dal/viewer";
import { formatDay, formatFte } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { param, type SearchParams } from "@/lib/schemas/list-query";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

// ?gespeichert=… after a save: which notice to show.
const NOTICES = {
  angelegt: "created",
  geaendert: "updated",
  beendet: "employmentEnded",
  "einsatz-angelegt": "assignmentCreated",
  "einsatz-beendet": "assignmentEnded",
  wechsel: "assignmentTransferred",
} as const;

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{term}</dt>
      <dd className="kern-description-list-item__value">{children}</dd>
    </div>
  );
}

/** A staff member: contact, employment, and the timeline of their assignments. */
export default async function StaffPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const [t, locale] = await Promise.all([getTranslations("staff"), getLocale() as Promise<Locale>]);
  const ta = await getTranslations("assignments");
  const staff = await orNotFound(getStaffDetail(viewer, (await params).id));
  const saved = param(await searchParams, "gespeichert");
  const notice = saved && saved in NOTICES ? NOTICES[saved as keyof typeof NOTICES] : null;
  const name = `${staff.firstName} ${staff.lastName}`;
  const employment = staff.employment;
  const usedShare = employment ? Math.min(100, (employment.usedTodayMilli / employment.employmentFteMilli) * 100) : 0;

  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <p className="kern-body mb-2">
        <a className="kern-link" href="/fachkraefte">
          {t("detail.backToList")}
        </a>
      </p>
      <h1 className="kern-heading-large mb-4">{name}</h1>
      {notice && (
        <div className="mb-6">
          <Alert tone="success" title={t(`notices.${notice}`)} testId="staff-notice" />
        </div>
      )}
      {(staff.can.edit || staff.can.writeAssignments) && (
        <div className="mb-6 flex flex-wrap gap-4">
          {staff.can.edit && (
            <a className="kern-btn kern-btn--secondary" href={`/fachkraefte/${staff.id}/bearbeiten`}>
              <span className="kern-label">{t("detail.edit")}</span>
            </a>
          )}
          {staff.can.endEmployment && (
            <a className="kern-btn kern-btn--secondary" href={`/fachkraefte/${staff.id}/beenden`}>
              <span className="kern-label">{t("detail.endEmployment")}</span>
            </a>
          )}
          {staff.can.writeAssignments && (
            <a className="kern-btn kern-btn--primary" href={`/einsaetze/neu?fachkraft=${staff.id}`}>
              <span className="kern-icon kern-icon--add" aria-hidden="true" />
              <span className="kern-label">{ta("timeline.add")}</span>
            </a>
          )}
        </div>
      )}
      <div className="mb-8 grid gap-8 md:grid-cols-2">
        <section aria-labelledby="kontakt">
          <h2 id="kontakt" className="kern-heading-medium mb-2">
            {t("detail.contact")}
          </h2>
          <dl className="kern-description-list" data-testid="staff-contact">
            <Item term={t("fields.email")}>{staff.email ?? t("none")}</Item>
            <Item term={t("fields.phone")}>{staff.phone ?? t("none")}</Item>
            <Item term={t("fields.provider")}>{staff.providerName}</Item>
          </dl>
        </section>
        {employment && (
          <section aria-labelledby="beschaeftigung">
            <h2 id="beschaeftigung" className="kern-heading-medium mb-2">
              {t("detail.employment")}
            </h2>
            {employment.anonymised && <p className="kern-body mb-2">{t("detail.anonymised")}</p>}
            <dl className="kern-description-list" data-testid="staff-employment">
              <Item term={t("fields.personnelNumber")}>{employment.personnelNumber}</Item>
              <Item term={t("fields.qualification")}>{employment.qualification ?? t("none")}</Item>
              <Item term={t("detail.period")}>
                {employment.employedUntil
                  ? t("detail.periodClosed", {
                      from: formatDay(employment.employedFrom, locale),
                      until: formatDay(employment.employedUntil, locale),
                    })
                  : t("detail.periodOpen", { from: formatDay(employment.employedFrom, locale) })}
              </Item>
              <Item term={t("detail.contract")}>{formatFte(employment.employmentFteMilli, locale)}</Item>
              <Item term={t("detail.usedToday")}>
                <span data-testid="staff-used-today">
                  {t("detail.usedValue", {
                    used: formatFte(employment.usedTodayMilli, locale),
                    contract: formatFte(employment.employmentFteMilli, locale),
                  })}
                </span>
                <span
                  className="mt-1 block h-2 w-40 rounded-sm"
                  style={{ background: "var(--kern-color-layout-background-level-1, #f0f0f0)" }}
                  aria-hidden="true"
                  title={t("detail.usedBar")}
                >
                  <span
                    className="block h-2 rounded-sm"
                    style={{ width: `${usedShare}%`, background: "var(--kern-color-action-default, #004b76)" }}
                  />
                </span>
              </Item>
            </dl>
          </section>
        )}
      </div>
      <section aria-labelledby="einsaetze">
        <h2 id="einsaetze" className="kern-heading-medium mb-2">
          {staff.view === "school" ? ta("timeline.titleSchool") : ta("timeline.title")}
        </h2>
        {viewer.role === "PROVIDER" && <p className="kern-body mb-4">{t("detail.readOnlyAssignments")}</p>}
        <AssignmentTimeline
          name={name}
          assignments={staff.assignments}
          employment={employment}
          today={staff.today}
          showFunding={viewer.role === "ADMIN" || viewer.role === "SUPERVISOR"}
          actions={staff.can.writeAssignments}
        />
      </section>
    </main>
  );
}
