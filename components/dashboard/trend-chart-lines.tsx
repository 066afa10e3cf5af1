"use client";

import { useLocale, useTranslations } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TrendPoint } from "@/lib/coverage/types";
import { count, fte, monthLabel } from "./format";

// Staff, FTE and covered schools month by month. Recharts' accessibility layer makes the
// chart one tab stop: the arrow keys move the tooltip from month to month. Lines differ in
// colour AND dash pattern, so they can be told apart without colour; the values are in the
// table below the chart.

const SERIES = [
  { key: "staff", color: "#004b76", dash: undefined },
  { key: "fte", color: "#b3003c", dash: "6 3" },
  { key: "schoolsCovered", color: "#1d6b3a", dash: "2 3" },
] as const;

type Datum = { date: string; staff: number; fte: number; fteMilli: number; schoolsCovered: number };

/** The chart itself; ./trend-chart loads it lazily. */
export function TrendChartLines({ points }: { points: TrendPoint[] }) {
  const t = useTranslations("dashboard.trend");
  const locale = useLocale();
  // FTE as a number only for drawing; labels come from the exact thousandths.
  const data: Datum[] = points.map((point) => ({
    date: point.date,
    staff: point.staff,
    fte: point.fteMilli / 1000,
    fteMilli: point.fteMilli,
    schoolsCovered: point.schoolsCovered,
  }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart
        data={data}
        margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        accessibilityLayer
        title={t("chartTitle")}
        desc={t("chartDescription")}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="#c8ccd0" />
        <XAxis dataKey="date" tickFormatter={monthLabel} minTickGap={40} />
        <YAxis allowDecimals={false} />
        <Tooltip
          labelFormatter={(label) => monthLabel(String(label))}
          formatter={(value, _name, item) => {
            const datum = item?.payload as Datum | undefined;
            if (item?.dataKey === "fte" && datum) return fte(datum.fteMilli, locale);
            return typeof value === "number" ? count(value, locale) : String(value);
          }}
        />
        <Legend />
        {SERIES.map((series) => (
          <Line
            key={series.key}
            type="stepAfter"
            dataKey={series.key}
            name={t(series.key)}
            stroke={series.color}
            strokeDasharray={series.dash}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
