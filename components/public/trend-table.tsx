"use client";

import { useLocale, useTranslations } from "next-intl";
import type { PublicTrendPoint } from "@/lib/dal/public-statistics";
import { formatDay } from "@/lib/format";
import { FiguresTable } from "./figures-table";

/**
 * The chart's values as a table (the accessible alternative to the chart). A client component,
 * so that the page can hand it to a LazyDisclosure as data rather than as a rendered table.
 */
export function TrendTable({ points }: { points: PublicTrendPoint[] }) {
  const t = useTranslations("public");
  const locale = useLocale();
  return (
    <FiguresTable
      small
      caption={t("trendCaption")}
      groupHeader={t("keyDate")}
      rows={points.map((point) => ({ ...point, key: point.date, label: formatDay(point.date, locale) }))}
    />
  );
}
