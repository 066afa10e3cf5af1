"use client";

import dynamic from "next/dynamic";
import { useNearViewport } from "@/components/layout/use-near-viewport";
import type { IsoDate, TrendPoint } from "@/lib/coverage/types";

// Recharts (~120 KB compressed) loads only when the reader comes near the chart at the end
// of the dashboard; the box keeps its size meanwhile, and the values are also in the table
// behind the disclosure below it.
const Lines = dynamic(() => import("./trend-chart-lines").then((module) => module.TrendChartLines), { ssr: false });

export function TrendChart({ points, keyDate }: { points: TrendPoint[]; keyDate: IsoDate }) {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  return (
    <div ref={ref} className="h-80 w-full" data-testid="trend-chart">
      {near ? <Lines points={points} keyDate={keyDate} /> : null}
    </div>
  );
}
