import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { orNotFound } from "@/components/admin/or-not-found";
import { TransferForm } from "@/components/assignments/transfer-form";
import { latestDay } from "@/components/staff/format";
import { addDays } from "@/lib/coverage/dates";
import type { IsoDate } from "@/lib/coverage/types";
import { assignmentFormOptions, getAssignmentForWrite } from "@/lib/dal/assignments";
import { requireViewer } from "@/lib/dal/viewer";
import { formatDay, formatFte } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { todayIso } from "@/lib/key-date";
import { transferAssignmentAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assignments");
  return { title: t("transfer.title") };
}

type Props = { params: Promise<{ id: string }> };

/** Today, kept within the assignment (leaving its last day for the continuation). */
function defaultLastDay(from: IsoDate, until: IsoDate | null, today: IsoDate): IsoDate {
  const day = latestDay(from, today);
  return until !== null && day >= until ? latestDay(from, addDays(until, -1)) : day;
}

/** Transfer: end at the current school on a day and continue at another from the next (admin only). */
export default async function TransferPage({ params }: Props) {
  const viewer = await requireViewer();
  const [t, locale] = await Promise.all([getTranslations("assignments"), getLocale() as Promise<Locale>]);
  const assignment = await orNotFound(getAssignmentForWrite(viewer, (await params).id));
  const options = await assignmentFormOptions(viewer);
  const back = `/fachkraefte/${assignment.staffMemberId}#einsatz-${assignment.id}`;
  const today = todayIso();
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <p className="kern-body mb-2">
        <a className="kern-link" href={back}>
          {t("form.back", { name: assignment.staffName })}
        </a>
      </p>
      <h1 className="kern-heading-large mb-4">{t("transfer.title")}</h1>
      <div className="mb-6 flex flex-col gap-2">
        <p className="kern-body">
          {t("transfer.intro", {
            name: assignment.staffName,
            school: assignment.schoolName,
            fte: formatFte(assignment.fteMilli, locale),
            from: formatDay(assignment.validFrom, locale),
          })}
        </p>
        {assignment.validUntil && (
          <p className="kern-body">{t("transfer.plannedEnd", { until: formatDay(assignment.validUntil, locale) })}</p>
        )}
      </div>
      <TransferForm
        action={transferAssignmentAction}
        assignment={{
          id: assignment.id,
          version: assignment.version,
          schoolId: assignment.schoolId,
          validFrom: assignment.validFrom,
          validUntil: assignment.validUntil,
        }}
        schools={options.schools.filter((school) => school.id !== assignment.schoolId)}
        fundingSources={options.fundingSources}
        initial={{
          lastDay: defaultLastDay(assignment.validFrom, assignment.validUntil, today),
          fte: formatFte(assignment.fteMilli, locale),
          fundingSourceId: assignment.fundingSourceId ?? "",
        }}
        cancelHref={back}
      />
    </main>
  );
}
