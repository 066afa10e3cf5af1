import "server-only";
import type { CoverageScope, IsoDate } from "../coverage/types.ts";
import { prisma } from "../db.ts";
import { type ExportFacts, type ExportWarning, sortWarnings, toExportWarning } from "../export/warnings.ts";
import type { Warning } from "../warnings/index.ts";
import { milliOf } from "./internal/values.ts";
import { cachedWarnings } from "./warnings.ts";

// The soft rules of docs/domain.md at one key date, for the exports: the shared rules of
// lib/warnings (listWarnings, cached like the dashboard's), cut to the export's scope and turned into export rows
// (lib/export/warnings.ts).
//
// Which rules a scope sees follows the permission table: a provider gets the rules about
// their own staff and assignments; a school head only pupils per FTE at their own school
// (staff rules would reveal other schools, and funding and personnel numbers are not theirs
// to read); funding sources only admin and supervisor. listWarnings knows only the whole
// municipality, so the cut happens here, before anything leaves the DAL.

/** The staff member a warning is about, for the staff and assignment rules. */
function staffIdOf(warning: Warning): string | null {
  switch (warning.kind) {
    case "fullTimeTooManySchools":
    case "partTimeTooManySchools":
      return warning.record.id;
    case "assignmentUnfunded":
    case "assignmentOutsideEmployment":
      return warning.staffId;
    default:
      return null;
  }
}

/** The rules a scope may see; a provider's are narrowed to their own staff below. */
function ruleVisible(scope: CoverageScope, warning: Warning): boolean {
  if (scope.kind === "school") {
    return warning.kind === "pupilsPerFteAboveThreshold" && warning.record.id === scope.schoolId;
  }
  if (scope.kind === "provider") return staffIdOf(warning) !== null;
  return true;
}

/** Personnel numbers and school numbers of the warnings' records; a provider's own staff only. */
async function factsFor(scope: CoverageScope, warnings: Warning[]): Promise<ExportFacts> {
  const staffIds = [...new Set(warnings.map(staffIdOf).filter((id): id is string => id !== null))];
  const schoolIds = [...new Set(warnings.flatMap((warning) => ("schoolId" in warning ? [warning.schoolId] : [])))];
  const [staff, schools] = await Promise.all([
    staffIds.length === 0
      ? []
      : prisma.staffMember.findMany({
          where: { id: { in: staffIds }, ...(scope.kind === "provider" ? { providerId: scope.providerId } : {}) },
          select: { id: true, personnelNumber: true, employmentFte: true, provider: { select: { shortName: true } } },
        }),
    schoolIds.length === 0
      ? []
      : prisma.school.findMany({ where: { id: { in: schoolIds } }, select: { id: true, schoolNumber: true } }),
  ]);
  return {
    staff: new Map(
      staff.map((member) => [
        member.id,
        {
          provider: member.provider.shortName,
          personnelNumber: member.personnelNumber,
          employmentFteMilli: milliOf(member.employmentFte),
        },
      ]),
    ),
    schoolNumbers: new Map(schools.map((school) => [school.id, school.schoolNumber])),
  };
}

export async function exportWarnings(date: IsoDate, scope: CoverageScope): Promise<ExportWarning[]> {
  const report = await cachedWarnings(date);
  const visible = report.warnings.filter((warning) => ruleVisible(scope, warning));
  const facts = await factsFor(scope, visible);
  // For a provider the lookup found their own staff only: everyone else's warnings drop out.
  const own =
    scope.kind === "provider" ? visible.filter((warning) => facts.staff.has(staffIdOf(warning) ?? "")) : visible;
  return sortWarnings(own.flatMap((warning) => toExportWarning(warning, facts) ?? []));
}
