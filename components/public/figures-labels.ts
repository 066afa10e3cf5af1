import type { useTranslations } from "next-intl";

// The words of the public figure tables, read on the server and handed to the tables as
// props: the public page sends no message catalog (and no formatting library) to the browser.

export type FiguresLabels = {
  columns: { staff: string; fte: string; schoolsCovered: string; schoolsTotal: string };
  /** Why a value is withheld (tooltip of the dot). */
  hidden: string;
  scrollHint: string;
};

type PublicTranslator = ReturnType<typeof useTranslations<"public">>;

export function figuresLabels(t: PublicTranslator): FiguresLabels {
  return {
    columns: {
      staff: t("columns.staff"),
      fte: t("columns.fte"),
      schoolsCovered: t("columns.schoolsCovered"),
      schoolsTotal: t("columns.schoolsTotal"),
    },
    hidden: t("hidden"),
    scrollHint: t("scrollHint"),
  };
}
