import type { CoverageReport, Figures, SchoolType } from "../coverage/types.ts";

// What the public may see of a coverage report (docs/domain.md: no names, no person-level FTE,
// no group of fewer than 3 staff). A group with 1 or 2 staff shows neither its staff count
// nor its FTE nor its covered schools. Because FTE adds up across a breakdown, a single
// hidden group could be recovered as "total minus the others"; so when exactly one group
// of a breakdown is hidden, the smallest other group with staff is hidden too.

export const MIN_PUBLIC_GROUP = 3;

export type PublicFigures = {
  staff: number | null;
  fte: number | null;
  schoolsCovered: number | null;
  schoolsTotal: number;
  /** True when staff, fte and schoolsCovered were withheld to protect individuals. */
  suppressed: boolean;
};

export type PublicCoverage = PublicFigures & {
  date: string;
  bySchoolType: (PublicFigures & { type: SchoolType })[];
  byDistrict: (PublicFigures & { district: string })[];
};

const tooSmall = (staff: number) => staff > 0 && staff < MIN_PUBLIC_GROUP;

function reveal(figures: Figures): PublicFigures {
  return {
    staff: figures.staff,
    fte: figures.fteMilli / 1000,
    schoolsCovered: figures.schoolsCovered,
    schoolsTotal: figures.schoolsTotal,
    suppressed: false,
  };
}

function withhold(figures: Figures): PublicFigures {
  return { staff: null, fte: null, schoolsCovered: null, schoolsTotal: figures.schoolsTotal, suppressed: true };
}

/** Applies primary and secondary suppression to one breakdown. */
export function suppressGroups<G extends Figures>(groups: G[]): (Omit<G, keyof Figures> & PublicFigures)[] {
  const hidden = new Set(groups.filter((group) => tooSmall(group.staff)));
  if (hidden.size === 1) {
    const smallestOther = groups
      .filter((group) => !hidden.has(group) && group.staff > 0)
      .sort((a, b) => a.staff - b.staff || a.fteMilli - b.fteMilli)[0];
    if (smallestOther) hidden.add(smallestOther);
  }
  return groups.map((group) => {
    const { staff, fteMilli, schoolsCovered, schoolsTotal, ...rest } = group;
    const figures = { staff, fteMilli, schoolsCovered, schoolsTotal };
    return { ...rest, ...(hidden.has(group) ? withhold(figures) : reveal(figures)) };
  });
}

export function toPublicCoverage(report: CoverageReport): PublicCoverage {
  const total = tooSmall(report.total.staff) ? withhold(report.total) : reveal(report.total);
  return {
    date: report.date,
    ...total,
    bySchoolType: suppressGroups(report.bySchoolType),
    byDistrict: suppressGroups(report.byDistrict.map(({ districtId: _id, ...group }) => group)),
  };
}
