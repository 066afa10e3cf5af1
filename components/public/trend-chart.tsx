"use client";

import dynamic from "next/dynamic";
import { useNearViewport } from "@/components/layout/use-near-viewport";
import type { IsoDate } from "@/lib/coverage/types";
import type { PublicTrendPoint } from "@/lib/dal/public-statistics";

// Recharts is the largest script of the page (~120 KB compressed) and the chart sits below
// the fold: it is fetched and drawn only when the reader comes near it. The box keeps its
// size meanwhile (no layout shift); the values are also in the table behind the disclosure below.
const Lines = dynamic(() => import("./trend-chart-lines").then((module) => module.TrendChartLines), { ssr: false });

/** Staff, FTE and covered schools month by month, the key date marked. */
export function TrendChart({ points, keyDate }: { points: PublicTrendPoint[]; keyDate: IsoDate }) {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  return (
    <div ref={ref} className="h-80 w-full" data-testid="trend-chart">
      {near ? <Lines points={points} keyDate={keyDate} /> : null}
    </div>
  );
}
