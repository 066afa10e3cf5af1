import type { Metadata } from "next";
import { PublicCsvLink } from "@/components/export/public-csv-link";
import { BreakdownTable } from "@/components/public/breakdown-table";
import { ContactBlock } from "@/components/public/contact-block";
import { CoverageSentence } from "@/components/public/coverage-sentence";
import { KeyDateForm } from "@/components/public/key-date-form";
import { TrendChart } from "@/components/public/trend-chart";
import { TrendTable } from "@/components/public/trend-table";
import { getPublicContact, getPublicCoverage, getPublicTrend } from "@/lib/dal/public-statistics";
import { formatShortDate, todayIso } from "@/lib/key-date";
import { readKeyDate } from "@/lib/schemas/key-date";
import { SCHOOL_TYPE_LABELS } from "@/lib/school-types";

export const metadata: Metadata = { title: "Schulsozialarbeit in Zahlen" };

type Props = { searchParams: Promise<{ stichtag?: string | string[] }> };

export default async function PublicStatisticsPage({ searchParams }: Props) {
  const today = todayIso();
  const { stichtag } = await searchParams;
  const requested = readKeyDate(Array.isArray(stichtag) ? stichtag[0] : stichtag, today);
  const date = requested.ok ? requested.date : today;
  const [coverage, trend, contact] = await Promise.all([getPublicCoverage(date), getPublicTrend(), getPublicContact()]);
  const municipality = contact?.municipality ?? "der Kommune";

  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <header className="mb-6">
        <p className="kern-body kern-body--muted">Stellwerk · {contact?.authority ?? ""}</p>
        <h1 className="kern-heading-large">Schulsozialarbeit in {municipality}</h1>
      </header>

      <section aria-labelledby="stichtag-heading" className="mb-8 flex flex-col gap-4">
        <h2 id="stichtag-heading" className="kern-heading-medium">
          Stand zum Stichtag {formatShortDate(date)}
        </h2>
        <KeyDateForm date={date} error={requested.ok ? undefined : requested.message} />
        <CoverageSentence coverage={coverage} municipality={municipality} today={today} />
      </section>

      <section aria-label="Aufschlüsselungen" className="mb-8 grid gap-8 lg:grid-cols-2">
        <BreakdownTable
          caption="Nach Schulform"
          groupHeader="Schulform"
          rows={coverage.bySchoolType.map((row) => ({ ...row, label: SCHOOL_TYPE_LABELS[row.type] }))}
        />
        <BreakdownTable
          caption="Nach Stadtbezirk"
          groupHeader="Stadtbezirk"
          rows={coverage.byDistrict.map((row) => ({ ...row, label: row.district }))}
        />
      </section>

      <section aria-labelledby="verlauf-heading" className="mb-8 flex flex-col gap-4">
        <h2 id="verlauf-heading" className="kern-heading-medium">
          Verlauf über die Jahre
        </h2>
        <TrendChart points={trend} />
        <details>
          <summary className="kern-link cursor-pointer">Werte als Tabelle anzeigen</summary>
          <TrendTable points={trend} />
        </details>
      </section>

      <footer className="border-t pt-6">
        <h2 className="kern-heading-small mb-2">Kontakt</h2>
        {contact ? <ContactBlock contact={contact} /> : <p className="kern-body">Keine Kontaktdaten hinterlegt.</p>}
        <p className="kern-body kern-body--small mt-4">
          Alle Angaben sind Summen ohne Personenbezug. Gruppen mit weniger als drei Fachkräften werden nicht
          ausgewiesen. Daten als JSON:{" "}
          <a className="kern-link" href={`/api/v1/public/coverage?date=${date}`}>
            /api/v1/public/coverage
          </a>{" "}
          · <PublicCsvLink date={date} />
        </p>
      </footer>
    </main>
  );
}
