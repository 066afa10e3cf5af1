import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { orNotFound } from "@/components/admin/or-not-found";
import { AssignmentTimeline } from "@/components/assignments/assignment-timeline";
import { EndEmploymentForm } from "@/components/staff/end-employment-form";
import { getStaffForEnding } from "@/lib/dal/staff";
import { requireViewer } from "@/lib/dal/viewer";
import { formatDay } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { endEmploymentAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff");
  return { title: t("end.title") };
}

type Props = { params: Promise<{ id: string }> };

/** End an employment (admin, or the staff member's provider), optionally ending the assignments too. */
export default async function EndEmploymentPage({ params }: Props) {
  const viewer = await requireViewer();
  const [t, locale] = await Promise.all([getTranslations("staff"), getLocale() as Promise<Locale>]);
  const staff = await orNotFound(getStaffForEnding(viewer, (await params).id));
  const name = `${staff.firstName} ${staff.lastName}`;
  const open = staff.assignments.filter((assignment) => assignment.state !== "past");
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <p className="kern-body mb-2">
        <a className="kern-link" href={`/fachkraefte/${staff.id}`}>
          {t("form.back", { name })}
        </a>
      </p>
      <h1 className="kern-heading-large mb-4">{t("end.title")}</h1>
      <p className="kern-body mb-6">
        {t("end.intro", { name, from: formatDay(staff.employment.employedFrom, locale) })}
      </p>
      {open.length > 0 ? (
        <div className="mb-6">
          <AssignmentTimeline
            name={name}
            assignments={open}
            employment={staff.employment}
            today={staff.today}
            showFunding={false}
            actions={false}
            caption={t("end.affectedCaption")}
          />
        </div>
      ) : (
        <p className="kern-body mb-6">{t("end.noneAffected")}</p>
      )}
      <EndEmploymentForm
        action={endEmploymentAction}
        id={staff.id}
        version={staff.employment.version}
        defaultDay={staff.employment.employedUntil ?? staff.today}
        hasOpenAssignments={staff.assignments.length > 0}
        cancelHref={`/fachkraefte/${staff.id}`}
      />
    </main>
  );
}
