import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { orNotFound } from "@/components/admin/or-not-found";
import { AnonymiseForm } from "@/components/privacy/anonymise-form";
import { StaffExportTable } from "@/components/privacy/staff-export-table";
import { StaffSearchForm } from "@/components/privacy/staff-search-form";
import { previewAnonymisation, searchStaffForPrivacy } from "@/lib/dal/privacy";
import { requireViewer } from "@/lib/dal/viewer";
import { formatDay } from "@/lib/format";
import { anonymisableFrom } from "@/lib/privacy/retention";
import { readStaffSearch } from "@/lib/schemas/privacy";
import { anonymiseStaffAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Data protection (ADMIN): the Art. 15 export of one staff member, and the anonymisation. */
export default async function PrivacyPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  const query = readStaffSearch(await searchParams);
  // One after the other: someone without the right is refused (and audited) once.
  const preview = await orNotFound(previewAnonymisation(viewer));
  const found = await orNotFound(searchStaffForPrivacy(viewer, query));
  const [t, locale] = await Promise.all([getTranslations("privacy"), getLocale()]);
  const cutoffLabel = formatDay(preview.cutoff, locale);
  const exampleYear = anonymisableFrom("2019-06-30", preview.years).slice(0, 4);

  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <AdminNav current="/verwaltung/datenschutz" />
      <h1 className="kern-heading-large mb-4">{t("title")}</h1>
      <p className="kern-body mb-8 max-w-3xl">{t("intro")}</p>

      <section aria-labelledby="auskunft-heading" className="mb-10 flex flex-col gap-4">
        <h2 id="auskunft-heading" className="kern-heading-medium">
          {t("export.heading")}
        </h2>
        <p className="kern-body max-w-3xl">{t("export.intro")}</p>
        <StaffSearchForm query={query} />
        <StaffExportTable staff={found.staff} total={found.total} query={query} />
      </section>

      <section aria-labelledby="anonymisierung-heading" className="flex flex-col gap-4">
        <h2 id="anonymisierung-heading" className="kern-heading-medium">
          {t("anonymise.heading")}
        </h2>
        <p className="kern-body max-w-3xl">{t("anonymise.rule", { years: preview.years, example: exampleYear })}</p>
        <p className="kern-body max-w-3xl">{t("anonymise.what")}</p>
        <p className="kern-body max-w-3xl">{t("anonymise.auditLimit")}</p>
        <h3 className="kern-heading-small">{t("anonymise.previewHeading")}</h3>
        <AnonymiseForm
          action={anonymiseStaffAction}
          preview={{ cutoff: preview.cutoff, cutoffLabel, count: preview.count }}
        />
      </section>
    </main>
  );
}
