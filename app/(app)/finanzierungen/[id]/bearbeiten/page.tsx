import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/components/admin/or-not-found";
import { fundingFields } from "@/components/funding/funding-fields";
import { ArchiveForm } from "@/components/master-data/archive-form";
import { archiveLabels, formLabels } from "@/components/master-data/form-labels";
import { PageHeader } from "@/components/master-data/page-header";
import { RecordForm } from "@/components/master-data/record-form";
import { getFundingSourceForEdit } from "@/lib/dal/funding-sources";
import { requireViewer } from "@/lib/dal/viewer";
import { setFundingSourceArchivedAction, updateFundingSourceAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("funding"))("editTitle") };
}

type Props = { params: Promise<{ id: string }> };

/** Admin only. */
export default async function EditFundingSourcePage({ params }: Props) {
  const viewer = await requireViewer();
  const { id } = await params;
  const source = await orNotFound(getFundingSourceForEdit(viewer, id));
  const t = await getTranslations("funding");
  const [fields, labels, archive] = await Promise.all([
    fundingFields(),
    formLabels("funding", "edit"),
    archiveLabels("funding", source.archived),
  ]);
  const href = `/finanzierungen/${source.id}`;
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <PageHeader title={t("editTitle")} back={{ href, label: t("backTo", { name: source.name }) }} />
      <div className="flex flex-col gap-10">
        <RecordForm
          action={updateFundingSourceAction}
          fields={fields}
          initial={source.values}
          edit={{ id: source.id, version: source.version, reloadHref: `${href}/bearbeiten` }}
          cancelHref={href}
          labels={labels}
          formLabel={t("editTitle")}
          testId="funding-form"
        />
        <ArchiveForm
          action={setFundingSourceArchivedAction}
          id={source.id}
          version={source.version}
          archived={source.archived}
          labels={archive}
          reloadHref={`${href}/bearbeiten`}
        />
      </div>
    </main>
  );
}
