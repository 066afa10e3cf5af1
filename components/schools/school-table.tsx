"use client";

import { useLocale, useTranslations } from "next-intl";
import { type Column, DataTable } from "@/components/table/data-table";
import type { SchoolNameRow, SchoolRow } from "@/lib/dal/schools";
import { formatCount } from "@/lib/format";
import type { SortDirection } from "@/lib/schemas/list-query";

// The columns of the school list (server-sorted; see DataTable).

type Common = { sort: string; dir: SortDirection; path: string; query: Record<string, string> };

function statusOf(row: SchoolRow, today: string): "open" | "closed" | "planned" {
  if (row.closedOn && row.closedOn <= today) return "closed";
  if (row.openedOn && row.openedOn > today) return "planned";
  return "open";
}

export function SchoolTable({ rows, today, ...table }: Common & { rows: SchoolRow[]; today: string }) {
  const t = useTranslations("schools");
  const locale = useLocale();
  const columns: Column<SchoolRow>[] = [
    { id: "number", accessorKey: "schoolNumber", header: t("columns.number"), meta: { sortKey: "number" } },
    {
      id: "name",
      header: t("columns.name"),
      meta: { sortKey: "name" },
      cell: ({ row }) => (
        <a className="kern-link" href={`/schulen/${row.original.id}`}>
          {row.original.name}
        </a>
      ),
    },
    {
      id: "type",
      header: t("columns.type"),
      meta: { sortKey: "type" },
      cell: ({ row }) => t(`types.${row.original.type}`),
    },
    { id: "district", accessorKey: "district", header: t("columns.district"), meta: { sortKey: "district" } },
    {
      id: "pupils",
      header: t("columns.pupils"),
      meta: { sortKey: "pupils", numeric: true },
      cell: ({ row }) => formatCount(row.original.pupilCount, locale),
    },
    {
      id: "status",
      header: t("columns.status"),
      cell: ({ row }) => (
        <>
          {t(`status.${statusOf(row.original, today)}`)}
          {row.original.archived && (
            <span className="kern-badge kern-badge--info kern-badge--small ml-2">
              <span className="kern-label">{t("status.archived")}</span>
            </span>
          )}
        </>
      ),
    },
  ];
  return <DataTable caption={t("caption")} columns={columns} rows={rows} rowId={(row) => row.id} {...table} />;
}

/** What a provider sees: number and name, nothing to open. */
export function SchoolNameTable({ rows, ...table }: Common & { rows: SchoolNameRow[] }) {
  const t = useTranslations("schools");
  const columns: Column<SchoolNameRow>[] = [
    { id: "number", accessorKey: "schoolNumber", header: t("columns.number"), meta: { sortKey: "number" } },
    { id: "name", accessorKey: "name", header: t("columns.name"), meta: { sortKey: "name" } },
  ];
  return <DataTable caption={t("caption")} columns={columns} rows={rows} rowId={(row) => row.id} {...table} />;
}
