import { useTranslations } from "next-intl";
import type { PublicFigures } from "@/lib/statistics/public-aggregates";
import { FiguresTable, HIDDEN } from "./figures-table";

export type BreakdownRow = PublicFigures & { label: string };

type Props = { caption: string; groupHeader: string; rows: BreakdownRow[] };

/** A public aggregate table; suppressed cells show a dot and are explained below. */
export function BreakdownTable({ caption, groupHeader, rows }: Props) {
  const t = useTranslations("public");
  const anyHidden = rows.some((row) => row.suppressed);
  return (
    <div>
      <FiguresTable
        caption={caption}
        groupHeader={groupHeader}
        rows={rows.map((row) => ({ ...row, key: row.label }))}
      />
      {anyHidden && <p className="kern-body kern-body--small mt-2">{t("hiddenNote", { symbol: HIDDEN })}</p>}
    </div>
  );
}
