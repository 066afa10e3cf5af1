import { fteToNumber } from "../coverage/fte.ts";
import type { Locale } from "../i18n/config.ts";
import {
  type BreakdownRow,
  districtRows,
  providerRows,
  type SchoolRow,
  schoolRows,
  schoolTypeRows,
  uncoveredRows,
} from "./key-date-tables.ts";
import { exportTranslator, ruleTitle, scopeText, warningText } from "./texts.ts";
import { type KeyDateExport, schoolListsOf } from "./types.ts";
import { excelDate, type SheetCell, type SheetColumn, type TableSheet, writeWorkbook } from "./xlsx.ts";

// The key-date workbook: a summary sheet, one sheet per breakdown, the schools with pupils
// per FTE, the uncovered schools and the warnings. German headers from the "exporting"
// catalog; every figure is a number cell, the key date a date cell.

export async function keyDateWorkbook(data: KeyDateExport, locale: Locale = "de"): Promise<Buffer> {
  const t = exportTranslator(locale);
  const sheets: TableSheet[] = [];
  const addTableSheet = (name: string, columns: SheetColumn[], rows: TableSheet["rows"]) => {
    sheets.push({ name, columns, rows });
  };
  const { report } = data;
  const fte = (milli: number) => fteToNumber(milli);

  addTableSheet(
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

  // A provider reads school names only: no pupil counts, no pupils per FTE (see schoolListsOf).
  const lists = schoolListsOf(data.scope);
  const schoolColumns: SheetColumn[] = [
    { header: t("columns.schoolNumber"), kind: "text" },
    { header: t("columns.school"), kind: "text" },
    { header: t("columns.schoolType"), kind: "text" },
    { header: t("columns.district"), kind: "text" },
    ...(lists.pupilFigures ? [{ header: t("columns.pupils"), kind: "integer" } as const] : []),
  ];
  const schoolCells = (school: SchoolRow): SheetCell[] => [
    school.schoolNumber,
    school.name,
    school.schoolType,
    school.district,
    ...(lists.pupilFigures ? [school.pupils] : []),
  ];
  addTableSheet(
    t("sheets.schools"),
    [
      ...schoolColumns,
      { header: t("columns.staff"), kind: "integer" },
      { header: t("columns.fte"), kind: "fte" },
      ...(lists.pupilFigures ? [{ header: t("columns.pupilsPerFte"), kind: "decimal" } as const] : []),
    ],
    schoolRows(data).map((school) => [
      ...schoolCells(school),
      school.staff,
      fte(school.fteMilli),
      ...(lists.pupilFigures ? [school.pupilsPerFte] : []),
    ]),
  );
  if (lists.uncovered) addTableSheet(t("sheets.uncovered"), schoolColumns, uncoveredRows(data).map(schoolCells));

  addTableSheet(
    t("sheets.warnings"),
    [
      { header: t("columns.rule"), kind: "text" },
      { header: t("columns.warning"), kind: "text" },
    ],
    data.warnings.map((warning) => [ruleTitle(t, warning), warningText(t, warning, locale)]),
  );

  return writeWorkbook(sheets);
}
