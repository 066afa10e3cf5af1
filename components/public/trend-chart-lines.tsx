"use client";

import { useLocale, useTranslations } from "next-intl";
import { monthLabel } from "@/components/charts/trend-keys";
import { type SeriesKey, type TrendDatum, TrendLines } from "@/components/charts/trend-lines";
import type { IsoDate } from "@/lib/coverage/types";
import type { PublicTrendPoint } from "@/lib/dal/public-statistics";
import { formatNumber } from "@/lib/format";

/** The public page's trend chart (loaded lazily by ./trend-chart); withheld values read "·". */
export function TrendChartLines({ points, keyDate }: { points: PublicTrendPoint[]; keyDate: IsoDate }) {
  const t = useTranslations("public");
  const locale = useLocale();
  const format = (key: SeriesKey, datum: TrendDatum) => {
    const value = datum[key];
    return value === null ? "·" : formatNumber(value, locale);
  };
  return (
    <TrendLines
      data={points}
      keyDate={keyDate}
      names={{ staff: t("columns.staff"), fte: t("columns.fte"), schoolsCovered: t("columns.schoolsCovered") }}
      format={format}
      labels={{
        title: t("chartLabel"),
        description: t("chartDescription"),
        keyDate: t("chartKeyDate"),
        month: monthLabel,
      }}
    />
  );
}
