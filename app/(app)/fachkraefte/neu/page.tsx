import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/components/admin/or-not-found";
import { StaffForm } from "@/components/staff/staff-form";
import { staffFormOptions } from "@/lib/dal/staff";
import { requireViewer } from "@/lib/dal/viewer";
import { todayIso } from "@/lib/key-date";
import { createStaffAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff");
  return { title: t("form.createTitle") };
}

/** Add a staff member: the admin for any provider, a provider for their own. */
export default async function NewStaffPage() {
  const viewer = await requireViewer();
  const t = await getTranslations("staff");
  const options = await orNotFound(staffFormOptions(viewer));
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <p className="kern-body mb-2">
        <a className="kern-link" href="/fachkraefte">
          {t("form.backToList")}
        </a>
      </p>
      <h1 className="kern-heading-large mb-6">{t("form.createTitle")}</h1>
      <StaffForm
        action={createStaffAction}
        initial={{ employedFrom: todayIso(), employmentFte: "" }}
        providers={options.fixedProvider ? null : options.providers}
        fixedProvider={options.fixedProvider?.name ?? null}
        employmentDates
        cancelHref="/fachkraefte"
      />
    </main>
  );
}
