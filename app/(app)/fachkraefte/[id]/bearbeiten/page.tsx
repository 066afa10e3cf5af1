import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { orNotFound } from "@/components/admin/or-not-found";
import { StaffForm } from "@/components/staff/staff-form";
import { getStaffForEdit } from "@/lib/dal/staff";
import { requireViewer } from "@/lib/dal/viewer";
import { formatFte } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { updateStaffAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff");
  return { title: t("form.editTitle") };
}

type Props = { params: Promise<{ id: string }> };

/** Edit a staff member: the admin every field; a provider contact, qualification, contract, names and number. */
export default async function EditStaffPage({ params }: Props) {
  const viewer = await requireViewer();
  const [t, locale] = await Promise.all([getTranslations("staff"), getLocale() as Promise<Locale>]);
  const staff = await orNotFound(getStaffForEdit(viewer, (await params).id));
  const name = `${staff.firstName} ${staff.lastName}`;
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <p className="kern-body mb-2">
        <a className="kern-link" href={`/fachkraefte/${staff.id}`}>
          {t("form.back", { name })}
        </a>
      </p>
      <h1 className="kern-heading-large mb-6">{t("form.editTitle")}</h1>
      <StaffForm
        action={updateStaffAction}
        initial={{
          providerId: staff.providerId,
          personnelNumber: staff.personnelNumber,
          firstName: staff.firstName,
          lastName: staff.lastName,
          email: staff.email ?? "",
          phone: staff.phone ?? "",
          qualification: staff.qualification ?? "",
          employmentFte: formatFte(staff.employmentFteMilli, locale),
          employedFrom: staff.employedFrom,
          employedUntil: staff.employedUntil ?? "",
        }}
        providers={staff.allFields ? staff.providers : null}
        fixedProvider={null}
        employmentDates={staff.allFields}
        edit={{ id: staff.id, version: staff.version }}
        cancelHref={`/fachkraefte/${staff.id}`}
      />
    </main>
  );
}
