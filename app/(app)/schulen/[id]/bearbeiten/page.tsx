import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/components/admin/or-not-found";
import { ArchiveForm } from "@/components/master-data/archive-form";
import { archiveLabels, formLabels } from "@/components/master-data/form-labels";
import { PageHeader } from "@/components/master-data/page-header";
import { RecordForm } from "@/components/master-data/record-form";
import { schoolFields } from "@/components/schools/school-fields";
import { listDistrictOptions } from "@/lib/dal/districts";
import { getSchoolForEdit } from "@/lib/dal/schools";
import { requireViewer } from "@/lib/dal/viewer";
import { setSchoolArchivedAction, updateSchoolAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("schools"))("editTitle") };
}

type Props = { params: Promise<{ id: string }> };

/** Admin only (the DAL answers NotFound to everyone else, audited). */
export default async function EditSchoolPage({ params }: Props) {
  const viewer = await requireViewer();
  const { id } = await params;
  const school = await orNotFound(getSchoolForEdit(viewer, id));
  const t = await getTranslations("schools");
  const [fields, labels, archive] = await Promise.all([
    listDistrictOptions(viewer, { keep: school.values.districtId }).then(schoolFields),
    formLabels("schools", "edit"),
    archiveLabels("schools", school.archived),
  ]);
  const href = `/schulen/${school.id}`;
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <PageHeader title={t("editTitle")} back={{ href, label: t("backTo", { name: school.name }) }} />
      <div className="flex flex-col gap-10">
        <RecordForm
          action={updateSchoolAction}
          fields={fields}
          initial={school.values}
          edit={{ id: school.id, version: school.version, reloadHref: `${href}/bearbeiten` }}
          cancelHref={href}
          labels={labels}
          formLabel={t("editTitle")}
          testId="school-form"
        />
        <ArchiveForm
          action={setSchoolArchivedAction}
          id={school.id}
          version={school.version}
          archived={school.archived}
          labels={archive}
          reloadHref={`${href}/bearbeiten`}
        />
      </div>
    </main>
  );
}
