import type { PublicCoveragePage } from "@/lib/dal/public-statistics";
import { formatNumber } from "@/lib/format";
import { formatLongDate } from "@/lib/key-date";

type Props = { coverage: PublicCoveragePage; municipality: string; today: string };

/** The headline sentence of the programme's reports, rebuilt from live figures. */
export function CoverageSentence({ coverage, municipality, today }: Props) {
  const when =
    coverage.date === today ? `Heute, am ${formatLongDate(coverage.date)},` : `Am ${formatLongDate(coverage.date)}`;
  const past = coverage.date < today;
  if (coverage.suppressed || coverage.staff === null || coverage.fte === null) {
    return (
      <p className="kern-body kern-body--large">
        {when} {past ? "waren" : "sind"} weniger als drei Fachkräfte für Schulsozialarbeit in {municipality} tätig. Zum
        Schutz der Beschäftigten werden die Zahlen nicht veröffentlicht.
      </p>
    );
  }
  const verb = past ? "waren" : "sind";
  const staff = coverage.staff === 1 ? "eine Fachkraft" : `${formatNumber(coverage.staff)} Fachkräfte`;
  const trägerschaft = (coverage.providerCount ?? 0) > 1 ? " in unterschiedlicher Trägerschaft" : "";
  return (
    <p className="kern-body kern-body--large" data-testid="coverage-sentence">
      {when} {coverage.staff === 1 ? (past ? "war" : "ist") : verb} {staff} für Schulsozialarbeit mit einem
      Gesamtstellenanteil von <strong>{formatNumber(coverage.fte)}</strong>
      {trägerschaft} an{" "}
      <strong>
        {formatNumber(coverage.schoolsCovered ?? 0)} von {formatNumber(coverage.schoolsTotal)}
      </strong>{" "}
      Schulen in {municipality} tätig.
    </p>
  );
}
