"use client";

import dynamic from "next/dynamic";
import { useNearViewport } from "@/components/layout/use-near-viewport";
import type { IsoDate } from "@/lib/coverage/types";
import type { PublicTrendPoint } from "@/lib/dal/public-statistics";
import type { Locale } from "@/lib/format";
import type { PublicChartLabels } from "./trend-chart-lines";

// Recharts is the largest script of the page (~120 KB compressed) and the chart sits below
// the fold: it is fetched and drawn only when the reader comes near it. The box keeps its
// size meanwhile (no layout shift); the values are also in the table behind the disclosure below.
const Lines = dynamic(() => import("./trend-chart-lines").then((module) => module.TrendChartLines), { ssr: false });

type Props = { points: PublicTrendPoint[]; keyDate: IsoDate; labels: PublicChartLabels; locale: Locale };

/** Staff, FTE and covered schools month by month, the key date marked. */
export function TrendChart(props: Props) {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  return (
    <div ref={ref} className="h-80 w-full" data-testid="trend-chart">
      {near ? <Lines {...props} /> : null}
    </div>
  );
}
