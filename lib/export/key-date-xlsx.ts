import { fteToNumber } from "../coverage/fte.ts";
import type { Locale } from "../i18n/config.ts";
import { formatShortDate } from "../key-date.ts";
import {
  type BreakdownRow,
  districtRows,
  providerRows,
  schoolRows,
  schoolTypeRows,
  uncoveredRows,
} from "./key-date-tables.ts";
import { exportTranslator, scopeText, warningText } from "./texts.ts";
import { type KeyDateExport, schoolListsOf } from "./types.ts";
import { addTableSheet, excelDate, newWorkbook, type SheetColumn, workbookBuffer } from "./xlsx.ts";

// The key-date workbook: a summary sheet, one sheet per breakdown, the schools with pupils
// per FTE, the uncovered schools and the warnings. German headers from the "exporting"
// catalog; every figure is a number cell, the key date a date cell.

export async function keyDateWorkbook(data: KeyDateExport, locale: Locale = "de"): Promise<Buffer> {
  const t = exportTranslator(locale);
  const workbook = newWorkbook();
  workbook.title = t("pdf.subtitle", { date: formatShortDate(data.date) });
  const { report } = data;
  const fte = (milli: number) => fteToNumber(milli);

  addTableSheet(
    workbook,
    t("sheets.summary"),
    [
      { header: t("columns.keyDate"), kind: "date" },
      { header: t("columns.scope"), kind: "text" },
      { header: t("columns.staff"), kind: "integer" },
      { header: t("columns.fte"), kind: "fte" },
      { header: t("columns.schoolsCovered"), kind: "integer" },
      { header: t("columns.schoolsTotal"), kind: "integer" },
    ],
    [
      [
        excelDate(data.date),
        scopeText(t, data.scope),
        report.total.staff,
        fte(report.total.fteMilli),
        report.total.schoolsCovered,
        report.total.schoolsTotal,
      ],
    ],
  );

  const breakdown = (name: string, groupHeader: string, rows: BreakdownRow[], withTotal: boolean) => {
    const columns: SheetColumn[] = [
      { header: groupHeader, kind: "text" },
      { header: t("columns.staff"), kind: "integer" },
      { header: t("columns.fte"), kind: "fte" },
      { header: t("columns.schoolsCovered"), kind: "integer" },
    ];
    if (withTotal) columns.push({ header: t("columns.schoolsTotal"), kind: "integer" });
    addTableSheet(
      workbook,
      name,
      columns,
      rows.map((row) => [
        row.label,
        row.staff,
        fte(row.fteMilli),
        row.schoolsCovered,
        ...(withTotal ? [row.schoolsTotal] : []),
      ]),
    );
  };
  breakdown(t("sheets.byProvider"), t("columns.provider"), providerRows(report), false);
  breakdown(t("sheets.bySchoolType"), t("columns.schoolType"), schoolTypeRows(report), true);
  breakdown(t("sheets.byDistrict"), t("columns.district"), districtRows(report), true);

  const lists = schoolListsOf(data.scope);
  const schoolColumns: SheetColumn[] = [
    { header: t("columns.schoolNumber"), kind: "text" },
    { header: t("columns.school"), kind: "text" },
    { header: t("columns.schoolType"), kind: "text" },
    { header: t("columns.district"), kind: "text" },
    { header: t("columns.pupils"), kind: "integer" },
  ];
  addTableSheet(
    workbook,
    t("sheets.schools"),
    [
      ...schoolColumns,
      { header: t("columns.staff"), kind: "integer" },
      { header: t("columns.fte"), kind: "fte" },
      ...(lists.pupilsPerFte ? [{ header: t("columns.pupilsPerFte"), kind: "decimal" } as const] : []),
    ],
    schoolRows(data).map((school) => [
      school.schoolNumber,
      school.name,
      school.schoolType,
      school.district,
      school.pupils,
      school.staff,
      fte(school.fteMilli),
      ...(lists.pupilsPerFte ? [school.pupilsPerFte] : []),
    ]),
  );
  if (lists.uncovered) {
    addTableSheet(
      workbook,
      t("sheets.uncovered"),
      schoolColumns,
      uncoveredRows(data).map((school) => [
        school.schoolNumber,
        school.name,
        school.schoolType,
        school.district,
        school.pupils,
      ]),
    );
  }

  addTableSheet(
    workbook,
    t("sheets.warnings"),
    [
      { header: t("columns.rule"), kind: "text" },
      { header: t("columns.warning"), kind: "text" },
    ],
    data.warnings.map((warning) => [t(`rules.${warning.rule}`), warningText(t, warning, locale)]),
  );

  return workbookBuffer(workbook);
}
