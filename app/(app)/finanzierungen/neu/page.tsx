import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { fundingFields } from "@/components/funding/funding-fields";
import { formLabels } from "@/components/master-data/form-labels";
import { PageHeader } from "@/components/master-data/page-header";
import { RecordForm } from "@/components/master-data/record-form";
import { requireViewer } from "@/lib/dal/viewer";
import { reachOf } from "@/lib/permissions";
import { createFundingSourceAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("funding"))("newTitle") };
}

export default async function NewFundingSourcePage() {
  const viewer = await requireViewer();
  if (reachOf(viewer.role, "fundingSources.write") !== "all") notFound();
  const t = await getTranslations("funding");
  const [fields, labels] = await Promise.all([fundingFields(), formLabels("funding", "create")]);
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <PageHeader title={t("newTitle")} back={{ href: "/finanzierungen", label: t("allFunding") }} />
      <RecordForm
        action={createFundingSourceAction}
        fields={fields}
        initial={{ name: "", kind: "", validFrom: "", validUntil: "", reference: "" }}
        cancelHref="/finanzierungen"
        labels={labels}
        formLabel={t("newTitle")}
        testId="funding-form"
      />
    </main>
  );
}
