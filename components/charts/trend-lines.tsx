"use client";

import { type KeyboardEvent, useId, useState } from "react";
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { IsoDate } from "@/lib/coverage/types";
import { keyDateIndex, monthLabel, stepIndex } from "./trend-keys";

// Staff, FTE and covered schools month by month, for the dashboard and the public page.
// The chart is one tab stop; the arrow keys move from month to month starting at the key
// date (Recharts' own keyboard layer always starts at the first month), and a live region
// reads the month's values. Lines differ in colour AND dash pattern; the values are also in
// the table below the chart.

export const SERIES = [
  { key: "staff", color: "#004b76", dash: undefined },
  { key: "fte", color: "#b3003c", dash: "6 3" },
  { key: "schoolsCovered", color: "#1d6b3a", dash: "2 3" },
] as const;

export type SeriesKey = (typeof SERIES)[number]["key"];
/** One month; `null` where a value is withheld (the public page's small groups). */
export type TrendDatum = { date: IsoDate } & Record<SeriesKey, number | null>;

type Props = {
  data: TrendDatum[];
  keyDate: IsoDate;
  names: Record<SeriesKey, string>;
  /** The value as the table shows it (exact FTE, "·" for a withheld one). */
  format: (key: SeriesKey, datum: TrendDatum) => string;
  labels: { title: string; description: string; keyDate: string; month: (date: IsoDate) => string };
};

export function TrendLines({ data, keyDate, names, format, labels }: Props) {
  const [index, setIndex] = useState<number | null>(null);
  const descriptionId = useId();
  const keyIndex = keyDateIndex(data, keyDate);
  const current = index === null ? undefined : data[index];

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const next = stepIndex(event.key, index ?? keyIndex, data.length);
    if (next === null) return;
    event.preventDefault();
    setIndex(next);
  }

  return (
    <div
      role="application"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: role="application" makes the chart one keyboard-operated widget
      tabIndex={0}
      aria-label={labels.title}
      aria-describedby={descriptionId}
      className="h-full w-full focus-visible:outline-3 focus-visible:outline-offset-2"
      data-testid="trend-chart-widget"
      onKeyDown={onKeyDown}
      onFocus={() => setIndex((value) => value ?? keyIndex)}
      onBlur={() => setIndex(null)}
    >
      <p id={descriptionId} className="sr-only">
        {labels.description}
      </p>
      <p className="sr-only" aria-live="polite" data-testid="trend-chart-current">
        {current
          ? `${labels.month(current.date)}: ${SERIES.map((series) => `${names[series.key]} ${format(series.key, current)}`).join(", ")}`
          : ""}
      </p>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 16, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="#c8ccd0" />
          <XAxis dataKey="date" tickFormatter={monthLabel} minTickGap={40} />
          <YAxis allowDecimals={false} />
          {keyIndex >= 0 ? (
            <ReferenceLine
              x={data[keyIndex]?.date}
              stroke="#1b1b1b"
              strokeDasharray="4 2"
              label={{ value: labels.keyDate, position: "insideTopLeft", fill: "#1b1b1b", fontSize: 12 }}
              ifOverflow="extendDomain"
            />
          ) : null}
          <Tooltip
            active={index === null ? undefined : true}
            defaultIndex={index ?? undefined}
            labelFormatter={(label) => monthLabel(String(label))}
            formatter={(_value, _name, item) => {
              const datum = item?.payload as TrendDatum | undefined;
              const key = item?.dataKey as SeriesKey | undefined;
              return datum && key ? format(key, datum) : "";
            }}
          />
          <Legend />
          {SERIES.map((series) => (
            <Line
              key={series.key}
              type="stepAfter"
              dataKey={series.key}
              name={names[series.key]}
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
