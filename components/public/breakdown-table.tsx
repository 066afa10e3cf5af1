import { getLocale, getTranslations } from "next-intl/server";
import type { PublicFigures } from "@/lib/statistics/public-aggregates";
import { figuresLabels } from "./figures-labels";
import { FiguresTable, HIDDEN } from "./figures-table";

export type BreakdownRow = PublicFigures & { label: string };

type Props = { caption: string; groupHeader: string; rows: BreakdownRow[] };

/** A public aggregate table; suppressed cells show a dot and are explained below. */
export async function BreakdownTable({ caption, groupHeader, rows }: Props) {
  const [t, locale] = await Promise.all([getTranslations("public"), getLocale()]);
  const anyHidden = rows.some((row) => row.suppressed);
  return (
    <div>
      <FiguresTable
        caption={caption}
        groupHeader={groupHeader}
        rows={rows.map((row) => ({ ...row, key: row.label }))}
        labels={figuresLabels(t)}
        locale={locale}
      />
      {anyHidden && <p className="kern-body kern-body--small mt-2">{t("hiddenNote", { symbol: HIDDEN })}</p>}
    </div>
  );
}
