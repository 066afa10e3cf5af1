import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/admin/alert";
import { orNotFound } from "@/components/admin/or-not-found";
import { Detail, Details } from "@/components/master-data/details";
import { KeyDatePicker } from "@/components/master-data/key-date-picker";
import { ButtonLink, PageHeader } from "@/components/master-data/page-header";
import { AssignmentTable } from "@/components/schools/assignment-table";
import { PupilHistory } from "@/components/schools/pupil-history";
import { SchoolFigures } from "@/components/schools/school-figures";
import { getSchoolPage } from "@/lib/dal/school-page";
import { requireViewer } from "@/lib/dal/viewer";
import { formatDay } from "@/lib/format";
import { todayIso } from "@/lib/key-date";
import { reachOf } from "@/lib/permissions";
import { readKeyDate } from "@/lib/schemas/key-date";
import { param, type SearchParams } from "@/lib/schemas/list-query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("schools"))("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

/**
 * One school at a key date: figures, the staff assigned then, pupils per FTE against the
 * benchmark, and the assignment history. Admin and supervisor: any school; a school head:
 * their own (any other is a 404, like a missing one).
 */
export default async function SchoolPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const today = todayIso();
  const requested = readKeyDate(param(search, "stichtag"), today);
  const date = requested.ok ? requested.date : today;
  const page = await orNotFound(getSchoolPage(viewer, id, date));
  const [t, locale] = await Promise.all([getTranslations("schools"), getLocale()]);
  const { school } = page;
  const shownDate = formatDay(date, locale);
  const none = t("page.none");

  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <PageHeader title={school.name} back={{ href: "/schulen", label: t("allSchools") }}>
        {reachOf(viewer.role, "schools.write") === "all" && (
          <ButtonLink href={`/schulen/${school.id}/bearbeiten`} label={t("edit")} icon="edit" />
        )}
      </PageHeader>
      <div className="mb-6 flex flex-col gap-4">
        {param(search, "gespeichert") !== undefined && <Alert tone="success" title={t("saved")} testId="saved" />}
        {school.archived && <Alert tone="info" title={t("archivedNotice")} />}
      </div>

      <section aria-labelledby="figures-heading" className="mb-10 flex flex-col gap-4">
        <h2 id="figures-heading" className="kern-heading-medium">
          {t("page.figuresHeading", { date: shownDate })}
        </h2>
        <KeyDatePicker
          path={`/schulen/${school.id}`}
          date={date}
          labels={{ form: t("page.keyDateForm"), date: t("page.keyDate"), submit: t("page.show") }}
          error={requested.ok ? undefined : t("page.keyDateInvalid")}
        />
        <SchoolFigures page={page} />
      </section>

      <section aria-labelledby="staff-heading" className="mb-10 flex flex-col gap-4">
        <h2 id="staff-heading" className="kern-heading-medium">
          {t("page.staffHeading", { date: shownDate })}
        </h2>
        <AssignmentTable
          caption={t("page.staffCaption", { date: shownDate })}
          rows={page.staffAtDate}
          empty={t("page.staffEmpty")}
          linkStaff={page.staffPagesVisible}
          showFunding={false}
          testId="school-staff"
        />
      </section>

      <section aria-labelledby="history-heading" className="mb-10 flex flex-col gap-4">
        <h2 id="history-heading" className="kern-heading-medium">
          {t("page.historyHeading")}
        </h2>
        {page.historyTruncated && (
          <p className="kern-body">{t("page.historyTruncated", { count: page.history.length })}</p>
        )}
        <AssignmentTable
          caption={t("page.historyCaption")}
          rows={page.history}
          empty={t("page.historyEmpty")}
          linkStaff={page.staffPagesVisible}
          showFunding={reachOf(viewer.role, "fundingSources.read") !== null}
          testId="school-history"
        />
      </section>

      <section aria-labelledby="pupils-heading" className="mb-10 flex flex-col gap-4">
        <h2 id="pupils-heading" className="kern-heading-medium">
          {t("pupils.heading")}
        </h2>
        <PupilHistory pupils={page.pupils} />
      </section>

      <section aria-labelledby="details-heading" className="flex flex-col gap-4">
        <h2 id="details-heading" className="kern-heading-medium">
          {t("page.detailsHeading")}
        </h2>
        <Details testId="school-details">
          <Detail term={t("fields.schoolNumber")}>{school.schoolNumber}</Detail>
          <Detail term={t("fields.type")}>{t(`types.${school.type}`)}</Detail>
          <Detail term={t("fields.districtId")}>{school.district}</Detail>
          <Detail term={t("fields.address")}>{school.address ?? none}</Detail>
          <Detail term={t("fields.socialIndex")}>{school.socialIndex ?? none}</Detail>
          <Detail term={t("fields.openedOn")}>{school.openedOn ? formatDay(school.openedOn, locale) : none}</Detail>
          <Detail term={t("fields.closedOn")}>{school.closedOn ? formatDay(school.closedOn, locale) : none}</Detail>
        </Details>
      </section>
    </main>
  );
}
