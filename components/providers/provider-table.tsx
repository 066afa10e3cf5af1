"use client";

import { useTranslations } from "next-intl";
import { type Column, DataTable } from "@/components/table/data-table";
import type { ProviderNameRow, ProviderRow } from "@/lib/dal/providers";
import type { SortDirection } from "@/lib/schemas/list-query";

// The columns of the provider list (server-sorted; see DataTable).

type Common = { sort: string; dir: SortDirection; path: string; query: Record<string, string> };

export function ProviderTable({ rows, ...table }: Common & { rows: ProviderRow[] }) {
  const t = useTranslations("providers");
  const columns: Column<ProviderRow>[] = [
    {
      id: "name",
      header: t("columns.name"),
      meta: { sortKey: "name" },
      cell: ({ row }) => (
        <a className="kern-link" href={`/traeger/${row.original.id}`}>
          {row.original.name}
        </a>
      ),
    },
    { id: "shortName", accessorKey: "shortName", header: t("columns.shortName"), meta: { sortKey: "shortName" } },
    {
      id: "kind",
      header: t("columns.kind"),
      meta: { sortKey: "kind" },
      cell: ({ row }) => t(`kinds.${row.original.kind}`),
    },
    { id: "contact", header: t("columns.contact"), cell: ({ row }) => row.original.contact ?? t("none") },
    {
      id: "status",
      header: t("columns.status"),
      cell: ({ row }) => t(row.original.archived ? "status.archived" : "status.active"),
    },
  ];
  return <DataTable caption={t("caption")} columns={columns} rows={rows} rowId={(row) => row.id} {...table} />;
}

/** What a school head sees: the names of their school's providers. */
export function ProviderNameTable({ rows, ...table }: Common & { rows: ProviderNameRow[] }) {
  const t = useTranslations("providers");
  const columns: Column<ProviderNameRow>[] = [
    { id: "name", accessorKey: "name", header: t("columns.name"), meta: { sortKey: "name" } },
    { id: "shortName", accessorKey: "shortName", header: t("columns.shortName"), meta: { sortKey: "shortName" } },
  ];
  return <DataTable caption={t("caption")} columns={columns} rows={rows} rowId={(row) => row.id} {...table} />;
}
