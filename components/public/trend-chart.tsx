"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { PublicTrendPoint } from "@/lib/dal/public-statistics";
import { formatNumber } from "@/lib/format";

type Props = { points: PublicTrendPoint[] };

const SERIES = [
  { key: "staff", name: "Fachkräfte", color: "#004b76", dash: undefined },
  { key: "fte", name: "Stellenanteile", color: "#b3003c", dash: "6 3" },
  { key: "schoolsCovered", name: "Schulen versorgt", color: "#1d6b3a", dash: "2 3" },
] as const;

const monthLabel = (date: string) => `${date.slice(5, 7)}/${date.slice(0, 4)}`;

/** Staff, FTE and covered schools month by month; the chart is drawn as an SVG image. */
export function TrendChart({ points }: Props) {
  return (
    <div
      className="h-80 w-full"
      role="img"
      aria-label="Verlauf von Fachkräften, Stellenanteilen und versorgten Schulen; die Werte stehen in der Tabelle darunter."
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#c8ccd0" />
          <XAxis dataKey="date" tickFormatter={monthLabel} minTickGap={40} />
          <YAxis allowDecimals={false} />
          <Tooltip
            labelFormatter={(label) => monthLabel(String(label))}
            formatter={(value) => (typeof value === "number" ? formatNumber(value) : "·")}
          />
          <Legend />
          {SERIES.map((series) => (
            <Line
              key={series.key}
              type="stepAfter"
              dataKey={series.key}
              name={series.name}
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
    </div>
  );
}
