import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import { formatCount, formatDay, formatFte } from "../format.ts";
import type { Locale } from "../i18n/config.ts";
import { type BreakdownRow, districtRows, providerRows, schoolTypeRows, uncoveredRows } from "./key-date-tables.ts";
import { renderPdf } from "./pdf.ts";
import {
  coverageSentence,
  type ExportTranslator,
  exportTranslator,
  ruleTitle,
  scopeText,
  warningText,
} from "./texts.ts";
import { type KeyDateExport, schoolListsOf } from "./types.ts";
import { type ExportWarning, WARNING_RULES } from "./warnings.ts";

// The key-date report for the council: the headline sentence, the breakdowns by provider,
// school type and district, the uncovered schools and the warnings; the key date and
// "Seite x von y" in every page's footer.

function headerCell(text: string, alignment: "left" | "right" = "left"): TableCell {
  return { text, style: "tableHeader", alignment };
}

function breakdownTable(
  t: ExportTranslator,
  groupHeader: string,
  rows: BreakdownRow[],
  withTotal: boolean,
  locale: Locale,
): Content {
  const header: TableCell[] = [
    headerCell(groupHeader),
    headerCell(t("columns.staff"), "right"),
    headerCell(t("columns.fte"), "right"),
    headerCell(t("columns.schoolsCovered"), "right"),
    ...(withTotal ? [headerCell(t("columns.schoolsTotal"), "right")] : []),
  ];
  const body: TableCell[][] = rows.map((row) => [
    row.label,
    { text: formatCount(row.staff, locale), alignment: "right" },
    { text: formatFte(row.fteMilli, locale), alignment: "right" },
    { text: formatCount(row.schoolsCovered, locale), alignment: "right" },
    ...(withTotal ? [{ text: formatCount(row.schoolsTotal ?? 0, locale), alignment: "right" } as TableCell] : []),
  ]);
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: ["*", ...header.slice(1).map(() => "auto" as const)],
      body: [header, ...body],
    },
    layout: "lightHorizontalLines",
    margin: [0, 0, 0, 12],
  };
}

/** At most this many warnings of one rule in the report; the workbook has them all. */
export const WARNINGS_PER_RULE = 20;

/** The warnings grouped by rule, each group under its rule's name and cut at WARNINGS_PER_RULE. */
function warningLists(t: ExportTranslator, warnings: ExportWarning[], locale: Locale): Content[] {
  return WARNING_RULES.flatMap((rule): Content[] => {
    const group = warnings.filter((warning) => warning.rule === rule);
    const [first] = group;
    if (!first) return [];
    const shown = group.slice(0, WARNINGS_PER_RULE).map((warning) => warningText(t, warning, locale));
    const rest = group.length - shown.length;
    return [
      { text: `${ruleTitle(t, first)} (${formatCount(group.length, locale)})`, style: "ruleHeading" },
      { ul: shown, margin: [0, 0, 0, rest > 0 ? 2 : 8] },
      ...(rest > 0 ? [{ text: t("pdf.moreWarnings", { count: rest }), style: "meta" } as Content] : []),
    ];
  });
}

export function keyDateReportDefinition(data: KeyDateExport, locale: Locale = "de"): TDocumentDefinitions {
  const t = exportTranslator(locale);
  const date = formatDay(data.date, locale);
  const title = t("pdf.title", { municipality: data.municipality });
  const subtitle = t("pdf.subtitle", { date });
  const heading = (text: string): Content => ({ text, style: "heading", headlineLevel: 1 });

  const content: Content[] = [
    { text: title, style: "title" },
    { text: subtitle, style: "subtitle" },
    { text: t("pdf.scope", { scope: scopeText(t, data.scope) }), style: "meta" },
    { text: coverageSentence(t, data, locale), style: "sentence" },
    heading(t("pdf.byProvider")),
    breakdownTable(t, t("columns.provider"), providerRows(data.report), false, locale),
    heading(t("pdf.bySchoolType")),
    breakdownTable(t, t("columns.schoolType"), schoolTypeRows(data.report), true, locale),
    heading(t("pdf.byDistrict")),
    breakdownTable(t, t("columns.district"), districtRows(data.report), true, locale),
  ];

  if (schoolListsOf(data.scope).uncovered) {
    const uncovered = uncoveredRows(data);
    content.push(heading(t("pdf.uncovered")));
    content.push(
      uncovered.length === 0
        ? { text: t("pdf.noUncovered"), margin: [0, 0, 0, 12] }
        : {
            table: {
              headerRows: 1,
              dontBreakRows: true,
              widths: ["auto", "*", "auto", "auto"],
              body: [
                [
                  headerCell(t("columns.schoolNumber")),
                  headerCell(t("columns.school")),
                  headerCell(t("columns.schoolType")),
                  headerCell(t("columns.district")),
                ],
                ...uncovered.map((school) => [school.schoolNumber, school.name, school.schoolType, school.district]),
              ],
            },
            layout: "lightHorizontalLines",
            margin: [0, 0, 0, 12],
          },
    );
  }

  content.push(heading(t("pdf.warnings")));
  if (data.warnings.length === 0) {
    content.push({ text: t("pdf.noWarnings"), margin: [0, 0, 0, 12] });
  } else {
    content.push({ text: t("pdf.warningsIntro"), style: "meta" });
    content.push(...warningLists(t, data.warnings, locale));
  }
  content.push({ text: t("pdf.createdOn", { date: formatDay(data.createdOn, locale) }), style: "meta" });

  return {
    pageSize: "A4",
    pageMargins: [50, 50, 50, 60],
    info: { title: `${title} – ${subtitle}`, author: "Stellwerk", subject: subtitle, creator: "Stellwerk" },
    language: locale === "de" ? "de-DE" : "en-GB",
    content,
    footer: (page, pages) => ({
      text: t("pdf.footer", { date, page, pages }),
      alignment: "center",
      style: "footer",
      margin: [50, 20, 50, 0],
    }),
    // A heading never ends a page: it moves to the next page with its table.
    pageBreakBefore: (node, nodes) => node.headlineLevel === 1 && nodes.getFollowingNodesOnPage().length === 0,
    defaultStyle: { font: "Roboto", fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 13, margin: [0, 0, 0, 8] },
      meta: { fontSize: 9, color: "#444444", margin: [0, 0, 0, 8] },
      sentence: { fontSize: 11, margin: [0, 4, 0, 14] },
      heading: { fontSize: 12, bold: true, margin: [0, 6, 0, 6] },
      tableHeader: { bold: true },
      ruleHeading: { bold: true, margin: [0, 4, 0, 2] },
      footer: { fontSize: 8, color: "#444444" },
    },
  };
}

/** The report as PDF bytes; `compress: false` keeps the text readable for tests. */
export async function keyDateReportPdf(
  data: KeyDateExport,
  locale: Locale = "de",
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  return renderPdf({ ...keyDateReportDefinition(data, locale), compress: options.compress ?? true });
}
