"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { TrendPoint } from "@/lib/coverage/types";
import { TrendTable } from "./trend-table";

/**
 * The trend's values as a table behind a disclosure. The table (a row per month, a hundred and
 * more) is rendered when the disclosure is first opened, not with every page: nearly every
 * visit leaves it closed, and the numbers are in the payload for the chart anyway.
 */
export function TrendDetails({ points }: { points: readonly TrendPoint[] }) {
  const t = useTranslations("dashboard.trend");
  const [opened, setOpened] = useState(false);
  return (
    <details onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary className="kern-link cursor-pointer">{t("showTable")}</summary>
      {opened && <TrendTable points={points} />}
    </details>
  );
}
