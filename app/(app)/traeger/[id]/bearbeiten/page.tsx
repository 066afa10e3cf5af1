import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/components/admin/or-not-found";
import { ArchiveForm } from "@/components/master-data/archive-form";
import { archiveLabels, formLabels } from "@/components/master-data/form-labels";
import { PageHeader } from "@/components/master-data/page-header";
import { RecordForm } from "@/components/master-data/record-form";
import { providerFields } from "@/components/providers/provider-fields";
import { getProviderForEdit } from "@/lib/dal/providers";
import { requireViewer } from "@/lib/dal/viewer";
import { setProviderArchivedAction, updateProviderAction, updateProviderContactAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("providers"))("editTitle") };
}

type Props = { params: Promise<{ id: string }> };

/** The admin edits everything; a provider's user only their own provider's contact. */
export default async function EditProviderPage({ params }: Props) {
  const viewer = await requireViewer();
  const { id } = await params;
  const provider = await orNotFound(getProviderForEdit(viewer, id));
  const t = await getTranslations("providers");
  const full = provider.mode === "all";
  const [fields, labels, archive] = await Promise.all([
    providerFields(provider.mode),
    formLabels("providers", "edit"),
    archiveLabels("providers", provider.archived),
  ]);
  const href = `/traeger/${provider.id}`;
  const title = full ? t("editTitle") : t("contactTitle");
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <PageHeader title={title} back={{ href, label: t("backTo", { name: provider.name }) }} />
      {!full && <p className="kern-body mb-6">{t("contactOnly")}</p>}
      <div className="flex flex-col gap-10">
        <RecordForm
          action={full ? updateProviderAction : updateProviderContactAction}
          fields={fields}
          initial={full ? provider.values : { contact: provider.values.contact }}
          edit={{ id: provider.id, version: provider.version, reloadHref: `${href}/bearbeiten` }}
          cancelHref={href}
          labels={labels}
          formLabel={title}
          testId="provider-form"
        />
        {full && (
          <ArchiveForm
            action={setProviderArchivedAction}
            id={provider.id}
            version={provider.version}
            archived={provider.archived}
            labels={archive}
            reloadHref={`${href}/bearbeiten`}
          />
        )}
      </div>
    </main>
  );
}
