"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { PublicTrendPoint } from "@/lib/dal/public-statistics";
import { TrendTable } from "./trend-table";

/**
 * The trend's values as a table behind a disclosure, rendered when it is first opened: a row
 * per month since the programme began is most of the page's HTML and DOM, while nearly every
 * visit leaves it closed; the numbers travel with the chart's data anyway.
 */
export function TrendDetails({ points }: { points: PublicTrendPoint[] }) {
  const t = useTranslations("public");
  const [opened, setOpened] = useState(false);
  return (
    <details onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary className="kern-link cursor-pointer">{t("showTable")}</summary>
      {opened && <TrendTable points={points} />}
    </details>
  );
}
