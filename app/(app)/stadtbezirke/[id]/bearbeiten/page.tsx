import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/admin/alert";
import { orNotFound } from "@/components/admin/or-not-found";
import { ArchiveForm } from "@/components/master-data/archive-form";
import { archiveLabels, formLabels } from "@/components/master-data/form-labels";
import { PageHeader } from "@/components/master-data/page-header";
import { RecordForm } from "@/components/master-data/record-form";
import { getDistrictForEdit } from "@/lib/dal/districts";
import { requireViewer } from "@/lib/dal/viewer";
import { setDistrictArchivedAction, updateDistrictAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("districts"))("editTitle") };
}

type Props = { params: Promise<{ id: string }> };

/** Admin only: rename or archive a district. */
export default async function EditDistrictPage({ params }: Props) {
  const viewer = await requireViewer();
  const { id } = await params;
  const district = await orNotFound(getDistrictForEdit(viewer, id));
  const t = await getTranslations("districts");
  const [labels, archive] = await Promise.all([
    formLabels("districts", "edit"),
    archiveLabels("districts", district.archived),
  ]);
  const reloadHref = `/stadtbezirke/${district.id}/bearbeiten`;
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <PageHeader title={t("editTitle")} back={{ href: "/stadtbezirke", label: t("allDistricts") }} />
      <div className="mb-6 flex flex-col gap-4">
        {district.archived && <Alert tone="info" title={t("archivedNotice")} />}
        <p className="kern-body">{t("schoolCount", { count: district.schoolCount })}</p>
      </div>
      <div className="flex flex-col gap-10">
        <RecordForm
          action={updateDistrictAction}
          fields={[{ name: "name", label: t("fields.name"), kind: "text", required: true, maxLength: 100 }]}
          initial={district.values}
          edit={{ id: district.id, version: district.version, reloadHref }}
          cancelHref="/stadtbezirke"
          labels={labels}
          formLabel={t("editTitle")}
          testId="district-form"
        />
        <ArchiveForm
          action={setDistrictArchivedAction}
          id={district.id}
          version={district.version}
          archived={district.archived}
          labels={archive}
          reloadHref={reloadHref}
        />
      </div>
    </main>
  );
}
