"use client";

import { useLocale, useTranslations } from "next-intl";
import { type Column, DataTable } from "@/components/table/data-table";
import type { DistrictRow } from "@/lib/dal/districts";
import { formatCount } from "@/lib/format";
import type { SortDirection } from "@/lib/schemas/list-query";

// The columns of the district list (server-sorted; see DataTable). Districts have no detail
// page; the admin gets an edit link per row.

type Props = {
  rows: DistrictRow[];
  canEdit: boolean;
  sort: string;
  dir: SortDirection;
  path: string;
  query: Record<string, string>;
};

export function DistrictTable({ rows, canEdit, ...table }: Props) {
  const t = useTranslations("districts");
  const locale = useLocale();
  const columns: Column<DistrictRow>[] = [
    { id: "name", accessorKey: "name", header: t("columns.name"), meta: { sortKey: "name" } },
    {
      id: "schools",
      header: t("columns.schools"),
      meta: { sortKey: "schools", numeric: true },
      cell: ({ row }) => formatCount(row.original.schoolCount, locale),
    },
    {
      id: "status",
      header: t("columns.status"),
      cell: ({ row }) => t(row.original.archived ? "status.archived" : "status.active"),
    },
  ];
  if (canEdit) {
    columns.push({
      id: "actions",
      header: t("columns.actions"),
      cell: ({ row }) => (
        <a className="kern-link" href={`/stadtbezirke/${row.original.id}/bearbeiten`}>
          {t("editRow", { name: row.original.name })}
        </a>
      ),
    });
  }
  return <DataTable caption={t("caption")} columns={columns} rows={rows} rowId={(row) => row.id} {...table} />;
}
