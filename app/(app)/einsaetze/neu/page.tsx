import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { orNotFound } from "@/components/admin/or-not-found";
import { AssignmentForm } from "@/components/assignments/assignment-form";
import { latestDay } from "@/components/staff/format";
import { assignmentFormOptions, getAssignmentTarget } from "@/lib/dal/assignments";
import { requireViewer } from "@/lib/dal/viewer";
import { formatDay, formatFte } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { todayIso } from "@/lib/key-date";
import { param, type SearchParams } from "@/lib/schemas/list-query";
import { createAssignmentAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assignments");
  return { title: t("create.title") };
}

type Props = { searchParams: Promise<SearchParams> };

/** A new assignment for the staff member in ?fachkraft= (admin only). */
export default async function NewAssignmentPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  const staffId = param(await searchParams, "fachkraft");
  if (!staffId) notFound();
  const [t, locale] = await Promise.all([getTranslations("assignments"), getLocale() as Promise<Locale>]);
  const [staff, options] = await Promise.all([
    orNotFound(getAssignmentTarget(viewer, staffId)),
    orNotFound(assignmentFormOptions(viewer)),
  ]);
  const from = formatDay(staff.employedFrom, locale);
  const period = staff.employedUntil
    ? t("period.closed", { from, until: formatDay(staff.employedUntil, locale) })
    : t("period.open", { from });
  const today = todayIso();
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <p className="kern-body mb-2">
        <a className="kern-link" href={`/fachkraefte/${staff.id}`}>
          {t("form.back", { name: staff.name })}
        </a>
      </p>
      <h1 className="kern-heading-large mb-4">{t("create.title")}</h1>
      <p className="kern-body mb-6">
        {t("create.intro", {
          name: staff.name,
          provider: staff.providerName,
          fte: formatFte(staff.employmentFteMilli, locale),
          period,
        })}
      </p>
      <AssignmentForm
        action={createAssignmentAction}
        staffMemberId={staff.id}
        schools={options.schools}
        fundingSources={options.fundingSources}
        defaultFrom={latestDay(staff.employedFrom, today)}
        cancelHref={`/fachkraefte/${staff.id}`}
      />
    </main>
  );
}
