import type { Metadata } from "next";
import { getCoverage } from "@/lib/dal/coverage";
import { requireViewer } from "@/lib/dal/viewer";
import { formatNumber } from "@/lib/format";
import { formatLongDate, todayIso } from "@/lib/key-date";
import { ROLE_LABELS } from "@/lib/permissions";

export const metadata: Metadata = { title: "Übersicht" };

const SCOPE_TEXT = {
  ADMIN: "alle Träger und Schulen",
  SUPERVISOR: "alle Träger und Schulen",
  PROVIDER: "die Fachkräfte Ihres Trägers",
  SCHOOL: "Ihre Schule",
} as const;

/** The signed-in start page: today's figures within the viewer's own scope. */
export default async function StartPage() {
  const viewer = await requireViewer();
  const today = todayIso();
  const report = await getCoverage(viewer, today);
  const figures = [
    { label: "Fachkräfte", value: formatNumber(report.total.staff) },
    { label: "Stellenanteile", value: formatNumber(report.total.fteMilli / 1000) },
    {
      label: "Schulen versorgt",
      value: `${formatNumber(report.total.schoolsCovered)} von ${formatNumber(report.total.schoolsTotal)}`,
    },
  ];
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <h1 className="kern-heading-large mb-4">Übersicht</h1>
      <p className="kern-body mb-6">
        Willkommen, {viewer.name}. Sie sind angemeldet als {ROLE_LABELS[viewer.role]}. Die Zahlen zeigen den Stand am{" "}
        {formatLongDate(today)} für {SCOPE_TEXT[viewer.role]}.
      </p>
      <dl className="grid gap-4 sm:grid-cols-3" data-testid="start-figures">
        {figures.map((figure) => (
          <div key={figure.label} className="border p-4">
            <dt className="kern-body kern-body--muted">{figure.label}</dt>
            <dd className="kern-heading-medium">{figure.value}</dd>
          </div>
        ))}
      </dl>
    </main>
  );
}
