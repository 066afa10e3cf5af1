"use client";

import { useLocale, useTranslations } from "next-intl";
import { monthLabel } from "@/components/charts/trend-keys";
import { type SeriesKey, type TrendDatum, TrendLines } from "@/components/charts/trend-lines";
import type { IsoDate, TrendPoint } from "@/lib/coverage/types";
import { formatCount, formatFte } from "@/lib/format";

/** The dashboard's trend chart; ./trend-chart loads it lazily. FTE is drawn as a number, labelled exactly. */
export function TrendChartLines({ points, keyDate }: { points: TrendPoint[]; keyDate: IsoDate }) {
  const t = useTranslations("dashboard.trend");
  const locale = useLocale();
  const data: TrendDatum[] = points.map((point) => ({
    date: point.date,
    staff: point.staff,
    fte: point.fteMilli / 1000,
    schoolsCovered: point.schoolsCovered,
  }));
  const format = (key: SeriesKey, datum: TrendDatum) => {
    const value = datum[key] ?? 0;
    return key === "fte" ? formatFte(Math.round(value * 1000), locale) : formatCount(value, locale);
  };
  return (
    <TrendLines
      data={data}
      keyDate={keyDate}
      names={{ staff: t("staff"), fte: t("fte"), schoolsCovered: t("schoolsCovered") }}
      format={format}
      labels={{ title: t("chartTitle"), description: t("chartDescription"), keyDate: t("keyDate"), month: monthLabel }}
    />
  );
}
