"use client";

import { useLocale, useTranslations } from "next-intl";
import { type Column, DataTable } from "@/components/table/data-table";
import type { FundingRow } from "@/lib/dal/funding-sources";
import { formatDay } from "@/lib/format";
import type { SortDirection } from "@/lib/schemas/list-query";

// The columns of the funding-source list (server-sorted; see DataTable).

type Props = { rows: FundingRow[]; sort: string; dir: SortDirection; path: string; query: Record<string, string> };

export function FundingTable({ rows, ...table }: Props) {
  const t = useTranslations("funding");
  const locale = useLocale();
  const columns: Column<FundingRow>[] = [
    {
      id: "name",
      header: t("columns.name"),
      meta: { sortKey: "name" },
      cell: ({ row }) => (
        <a className="kern-link" href={`/finanzierungen/${row.original.id}`}>
          {row.original.name}
        </a>
      ),
    },
    {
      id: "kind",
      header: t("columns.kind"),
      meta: { sortKey: "kind" },
      cell: ({ row }) => t(`kinds.${row.original.kind}`),
    },
    {
      id: "validFrom",
      header: t("columns.validFrom"),
      meta: { sortKey: "validFrom" },
      cell: ({ row }) => formatDay(row.original.validFrom, locale),
    },
    {
      id: "validUntil",
      header: t("columns.validUntil"),
      meta: { sortKey: "validUntil" },
      cell: ({ row }) => (row.original.validUntil ? formatDay(row.original.validUntil, locale) : t("openEnded")),
    },
    {
      id: "status",
      header: t("columns.status"),
      cell: ({ row }) => t(row.original.archived ? "status.archived" : "status.active"),
    },
  ];
  return <DataTable caption={t("caption")} columns={columns} rows={rows} rowId={(row) => row.id} {...table} />;
}
