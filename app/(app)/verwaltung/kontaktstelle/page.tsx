import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/admin/alert";
import { orNotFound } from "@/components/admin/or-not-found";
import { firstParam, type SearchParams } from "@/components/dashboard/search-params";
import { formLabels } from "@/components/master-data/form-labels";
import { PageHeader } from "@/components/master-data/page-header";
import { RecordForm } from "@/components/master-data/record-form";
import { contactFields } from "@/components/municipality/contact-fields";
import { getContactForEdit } from "@/lib/dal/municipality";
import { requireViewer } from "@/lib/dal/viewer";
import { updateContactAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("public.contactEdit"))("title") };
}

/** The admin edits the coordination office's contact shown to the public and to uncovered schools. */
export default async function ContactPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireViewer();
  const contact = await orNotFound(getContactForEdit(viewer));
  const saved = firstParam((await searchParams).gespeichert) === "1";
  const [t, fields, labels] = await Promise.all([
    getTranslations("public.contactEdit"),
    contactFields(),
    formLabels("providers", "edit"),
  ]);
  const href = "/verwaltung/kontaktstelle";
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <PageHeader title={t("title")} />
      <p className="kern-body mb-6 max-w-3xl">{t("intro", { municipality: contact.municipality })}</p>
      {saved && <Alert tone="success" title={t("saved")} testId="contact-saved" />}
      <RecordForm
        action={updateContactAction}
        fields={fields}
        initial={contact.values}
        edit={{ id: contact.id, version: contact.version, reloadHref: href }}
        cancelHref="/start"
        labels={labels}
        formLabel={t("title")}
        testId="contact-form"
      />
    </main>
  );
}
