import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/components/admin/or-not-found";
import { FormatTable } from "@/components/import/format-table";
import { ImportForm } from "@/components/import/import-form";
import { importScope } from "@/lib/dal/import";
import { requireViewer } from "@/lib/dal/viewer";
import { SHEETS, STAFF_SHEET } from "@/lib/import/format";
import { MAX_FILE_BYTES } from "@/lib/import/limits";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("importing");
  return { title: t("title") };
}

// Import for admins (every sheet) and provider users (their own staff list); everyone else
// gets the 404 page, exactly like a page that does not exist.
export default async function ImportPage() {
  const viewer = await requireViewer();
  const scope = await orNotFound(importScope(viewer));
  const t = await getTranslations("importing");
  return (
    <main id="inhalt" className="kern-container mx-auto flex max-w-6xl flex-col gap-8 px-4 py-8">
      <div className="flex max-w-3xl flex-col gap-2">
        <h1 className="kern-heading-large">{t("title")}</h1>
        <p className="kern-body">{t("intro")}</p>
        {scope.kind === "provider" && <p className="kern-body">{t("introProvider")}</p>}
      </div>
      <ImportForm maxBytes={MAX_FILE_BYTES} />
      <FormatTable sheets={scope.kind === "all" ? SHEETS : [STAFF_SHEET]} />
    </main>
  );
}
