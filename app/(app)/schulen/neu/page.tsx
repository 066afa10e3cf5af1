import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formLabels } from "@/components/master-data/form-labels";
import { PageHeader } from "@/components/master-data/page-header";
import { RecordForm } from "@/components/master-data/record-form";
import { schoolFields } from "@/components/schools/school-fields";
import { listDistrictOptions } from "@/lib/dal/districts";
import { requireViewer } from "@/lib/dal/viewer";
import { todayIso } from "@/lib/key-date";
import { reachOf } from "@/lib/permissions";
import { schoolYearOf } from "@/lib/school-year";
import { createSchoolAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("schools"))("newTitle") };
}

/** A new school's count is for the current school year unless another one is chosen. */
const empty = () => ({
  schoolNumber: "",
  name: "",
  type: "",
  districtId: "",
  address: "",
  pupilCount: "",
  pupilSchoolYear: String(schoolYearOf(todayIso())),
  socialIndex: "",
  openedOn: "",
  closedOn: "",
});

export default async function NewSchoolPage() {
  const viewer = await requireViewer();
  // Only the admin creates schools (the DAL refuses anyone else as well).
  if (reachOf(viewer.role, "schools.write") !== "all") notFound();
  const t = await getTranslations("schools");
  const [fields, labels] = await Promise.all([
    listDistrictOptions(viewer).then(schoolFields),
    formLabels("schools", "create"),
  ]);
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <PageHeader title={t("newTitle")} back={{ href: "/schulen", label: t("allSchools") }} />
      <RecordForm
        action={createSchoolAction}
        fields={fields}
        initial={empty()}
        cancelHref="/schulen"
        labels={labels}
        formLabel={t("newTitle")}
        testId="school-form"
      />
    </main>
  );
}
