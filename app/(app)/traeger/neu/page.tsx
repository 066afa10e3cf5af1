import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formLabels } from "@/components/master-data/form-labels";
import { PageHeader } from "@/components/master-data/page-header";
import { RecordForm } from "@/components/master-data/record-form";
import { providerFields } from "@/components/providers/provider-fields";
import { requireViewer } from "@/lib/dal/viewer";
import { reachOf } from "@/lib/permissions";
import { createProviderAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("providers"))("newTitle") };
}

export default async function NewProviderPage() {
  const viewer = await requireViewer();
  // Only the admin creates providers (the DAL refuses anyone else as well).
  if (reachOf(viewer.role, "providers.write") !== "all") notFound();
  const t = await getTranslations("providers");
  const [fields, labels] = await Promise.all([providerFields("all"), formLabels("providers", "create")]);
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <PageHeader title={t("newTitle")} back={{ href: "/traeger", label: t("allProviders") }} />
      <RecordForm
        action={createProviderAction}
        fields={fields}
        initial={{ name: "", shortName: "", kind: "", contact: "" }}
        cancelHref="/traeger"
        labels={labels}
        formLabel={t("newTitle")}
        testId="provider-form"
      />
    </main>
  );
}
