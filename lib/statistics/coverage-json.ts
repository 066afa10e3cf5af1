import { fteToNumber } from "../coverage/index.ts";
import type { CoverageReport, Figures } from "../coverage/types.ts";

// The JSON shape of GET /api/v1/coverage: the public endpoint's fields plus providers and
// uncovered schools, without suppression (the caller is signed in and scoped).

const figures = ({ staff, fteMilli, schoolsCovered, schoolsTotal }: Figures) => ({
  staff,
  fte: fteToNumber(fteMilli),
  schoolsCovered,
  schoolsTotal,
});

export function coverageToJson(report: CoverageReport) {
  return {
    date: report.date,
    ...figures(report.total),
    bySchoolType: report.bySchoolType.map((group) => ({ type: group.type, ...figures(group) })),
    byDistrict: report.byDistrict.map((group) => ({ district: group.district, ...figures(group) })),
    byProvider: report.byProvider.map((group) => ({
      provider: group.provider,
      staff: group.staff,
      fte: fteToNumber(group.fteMilli),
      schoolsCovered: group.schoolsCovered,
    })),
    uncoveredSchools: report.uncoveredSchools.map((school) => ({
      schoolNumber: school.schoolNumber,
      name: school.name,
    })),
  };
}
