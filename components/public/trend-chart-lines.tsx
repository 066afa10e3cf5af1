"use client";

import { monthLabel } from "@/components/charts/trend-keys";
import { type SeriesKey, type TrendDatum, TrendLines } from "@/components/charts/trend-lines";
import type { IsoDate } from "@/lib/coverage/types";
import type { PublicTrendPoint } from "@/lib/dal/public-statistics";
import { formatNumber, type Locale } from "@/lib/format";

/** The chart's words, read on the server (the public page sends no catalog to the browser). */
export type PublicChartLabels = {
  names: Record<SeriesKey, string>;
  title: string;
  description: string;
  keyDate: string;
};

type Props = { points: PublicTrendPoint[]; keyDate: IsoDate; labels: PublicChartLabels; locale: Locale };

/** The public page's trend chart (loaded lazily by ./trend-chart); withheld values read "·". */
export function TrendChartLines({ points, keyDate, labels, locale }: Props) {
  const format = (key: SeriesKey, datum: TrendDatum) => {
    const value = datum[key];
    return value === null ? "·" : formatNumber(value, locale);
  };
  return (
    <TrendLines
      data={points}
      keyDate={keyDate}
      names={labels.names}
      format={format}
      labels={{ title: labels.title, description: labels.description, keyDate: labels.keyDate, month: monthLabel }}
    />
  );
}
