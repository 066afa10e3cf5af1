"use client";

import type { PublicTrendPoint } from "@/lib/dal/public-statistics";
import { formatDay, type Locale } from "@/lib/format";
import type { FiguresLabels } from "./figures-labels";
import { FiguresTable } from "./figures-table";

type Props = {
  points: PublicTrendPoint[];
  caption: string;
  groupHeader: string;
  labels: FiguresLabels;
  locale: Locale;
};

/**
 * The chart's values as a table (the accessible alternative to the chart). A client component,
 * so that the page can hand it to a LazyDisclosure as data rather than as a rendered table;
 * its words come as props (the public page sends no catalog to the browser).
 */
export function TrendTable({ points, caption, groupHeader, labels, locale }: Props) {
  return (
    <FiguresTable
      small
      caption={caption}
      groupHeader={groupHeader}
      labels={labels}
      locale={locale}
      rows={points.map((point) => ({ ...point, key: point.date, label: formatDay(point.date, locale) }))}
    />
  );
}
