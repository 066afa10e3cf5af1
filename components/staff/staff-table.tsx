"use client";

import { useLocale, useTranslations } from "next-intl";
import { type Column, DataTable } from "@/components/table/data-table";
import type { StaffListRow, StaffView } from "@/lib/dal/staff";
import { formatDay, formatFte } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import type { SortDirection } from "@/lib/schemas/list-query";

type Props = {
  rows: StaffListRow[];
  view: StaffView;
  sort: string;
  dir: SortDirection;
  query: Record<string, string>;
  caption: string;
};

/** The staff list's columns: full for admin, supervisor and provider; name, contact, provider and FTE there for a school head. */
export function StaffTable({ rows, view, sort, dir, query, caption }: Props) {
  const t = useTranslations("staff");
  const locale = useLocale() as Locale;
  const day = (date: string | null) => (date ? formatDay(date, locale) : t("open"));

  const name: Column<StaffListRow> = {
    id: "name",
    header: t("columns.name"),
    meta: { sortKey: "name" },
    cell: ({ row }) => (
      <a className="kern-link whitespace-nowrap" href={`/fachkraefte/${row.original.id}`}>
        {row.original.lastName}, {row.original.firstName}
      </a>
    ),
  };
  const provider: Column<StaffListRow> = {
    id: "provider",
    header: t("columns.provider"),
    meta: { sortKey: "provider" },
    cell: ({ row }) => (
      <abbr className="whitespace-nowrap" title={row.original.providerName}>
        {row.original.providerShortName}
      </abbr>
    ),
  };
  const email: Column<StaffListRow> = {
    id: "email",
    header: t("columns.email"),
    cell: ({ row }) => row.original.email ?? t("none"),
  };

  const columns: Column<StaffListRow>[] =
    view === "school"
      ? [
          name,
          provider,
          email,
          { id: "phone", header: t("columns.phone"), cell: ({ row }) => row.original.phone ?? t("none") },
          {
            id: "fteHere",
            header: t("columns.fteHere"),
            meta: { numeric: true },
            cell: ({ row }) => formatFte(row.original.fteHereMilli ?? 0, locale),
          },
        ]
      : [
          name,
          {
            id: "personnelNumber",
            header: t("columns.personnelNumber"),
            meta: { sortKey: "personnelNumber" },
            cell: ({ row }) => row.original.personnelNumber,
          },
          provider,
          {
            id: "employmentFte",
            header: t("columns.employmentFte"),
            meta: { sortKey: "employmentFte", numeric: true },
            cell: ({ row }) => formatFte(row.original.employmentFteMilli ?? 0, locale),
          },
          {
            id: "currentSchools",
            header: t("columns.currentSchools"),
            cell: ({ row }) =>
              row.original.currentSchools?.length ? row.original.currentSchools.join(", ") : t("noCurrentSchool"),
          },
          {
            id: "freeFte",
            header: t("columns.freeFte"),
            meta: { numeric: true },
            cell: ({ row }) =>
              row.original.freeFteMilli === null ? t("none") : formatFte(row.original.freeFteMilli, locale),
          },
          {
            id: "employedFrom",
            header: t("columns.employedFrom"),
            meta: { sortKey: "employedFrom" },
            cell: ({ row }) => day(row.original.employedFrom),
          },
          {
            id: "employedUntil",
            header: t("columns.employedUntil"),
            meta: { sortKey: "employedUntil" },
            cell: ({ row }) => day(row.original.employedUntil),
          },
          {
            id: "status",
            header: t("columns.status"),
            cell: ({ row }) =>
              row.original.ended ? (
                <span className="kern-badge kern-badge--warning">{t("status.ended")}</span>
              ) : (
                <span className="kern-badge kern-badge--success">{t("status.active")}</span>
              ),
          },
          email,
        ];

  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowId={(row) => row.id}
      sort={sort}
      dir={dir}
      path="/fachkraefte"
      query={query}
      empty={t("list.empty")}
    />
  );
}
