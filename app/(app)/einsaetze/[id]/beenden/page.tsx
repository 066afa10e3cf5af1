import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { orNotFound } from "@/components/admin/or-not-found";
import { EndAssignmentForm } from "@/components/assignments/end-assignment-form";
import { latestDay } from "@/components/staff/format";
import { getAssignmentForWrite } from "@/lib/dal/assignments";
import { requireViewer } from "@/lib/dal/viewer";
import { formatDay, formatFte } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { todayIso } from "@/lib/key-date";
import { endAssignmentAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assignments");
  return { title: t("end.title") };
}

type Props = { params: Promise<{ id: string }> };

/** Set an assignment's last day (admin only). */
export default async function EndAssignmentPage({ params }: Props) {
  const viewer = await requireViewer();
  const [t, locale] = await Promise.all([getTranslations("assignments"), getLocale() as Promise<Locale>]);
  const assignment = await orNotFound(getAssignmentForWrite(viewer, (await params).id));
  const back = `/fachkraefte/${assignment.staffMemberId}#einsatz-${assignment.id}`;
  const today = todayIso();
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <p className="kern-body mb-2">
        <a className="kern-link" href={back}>
          {t("form.back", { name: assignment.staffName })}
        </a>
      </p>
      <h1 className="kern-heading-large mb-4">{t("end.title")}</h1>
      <p className="kern-body mb-6">
        {t("end.intro", {
          name: assignment.staffName,
          school: assignment.schoolName,
          fte: formatFte(assignment.fteMilli, locale),
          from: formatDay(assignment.validFrom, locale),
        })}
      </p>
      <EndAssignmentForm
        action={endAssignmentAction}
        id={assignment.id}
        version={assignment.version}
        defaultDay={assignment.validUntil ?? latestDay(assignment.validFrom, today)}
        cancelHref={back}
      />
    </main>
  );
}
