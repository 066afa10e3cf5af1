import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formLabels } from "@/components/master-data/form-labels";
import { PageHeader } from "@/components/master-data/page-header";
import { RecordForm } from "@/components/master-data/record-form";
import { requireViewer } from "@/lib/dal/viewer";
import { reachOf } from "@/lib/permissions";
import { createDistrictAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("districts"))("newTitle") };
}

export default async function NewDistrictPage() {
  const viewer = await requireViewer();
  if (reachOf(viewer.role, "schools.write") !== "all") notFound();
  const t = await getTranslations("districts");
  const labels = await formLabels("districts", "create");
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <PageHeader title={t("newTitle")} back={{ href: "/stadtbezirke", label: t("allDistricts") }} />
      <RecordForm
        action={createDistrictAction}
        fields={[{ name: "name", label: t("fields.name"), kind: "text", required: true, maxLength: 100 }]}
        initial={{ name: "" }}
        cancelHref="/stadtbezirke"
        labels={labels}
        formLabel={t("newTitle")}
        testId="district-form"
      />
    </main>
  );
}
