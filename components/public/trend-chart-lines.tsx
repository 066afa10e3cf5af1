"use client";

import { useLocale, useTranslations } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { PublicTrendPoint } from "@/lib/dal/public-statistics";
import { formatNumber } from "@/lib/format";

type Props = { points: PublicTrendPoint[] };

// Series names are the table's column labels (public.columns.*).
const SERIES = [
  { key: "staff", color: "#004b76", dash: undefined },
  { key: "fte", color: "#b3003c", dash: "6 3" },
  { key: "schoolsCovered", color: "#1d6b3a", dash: "2 3" },
] as const;

const monthLabel = (date: string) => `${date.slice(5, 7)}/${date.slice(0, 4)}`;

/** Staff, FTE and covered schools month by month (loaded lazily by ./trend-chart). */
export function TrendChartLines({ points }: Props) {
  const t = useTranslations("public");
  const locale = useLocale();
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#c8ccd0" />
        <XAxis dataKey="date" tickFormatter={monthLabel} minTickGap={40} />
        <YAxis allowDecimals={false} />
        <Tooltip
          labelFormatter={(label) => monthLabel(String(label))}
          formatter={(value) => (typeof value === "number" ? formatNumber(value, locale) : "·")}
        />
        <Legend />
        {SERIES.map((series) => (
          <Line
            key={series.key}
            type="stepAfter"
            dataKey={series.key}
            name={t(`columns.${series.key}`)}
            stroke={series.color}
            strokeDasharray={series.dash}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
            connectNulls={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
