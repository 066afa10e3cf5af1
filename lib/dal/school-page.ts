import "server-only";
import { computeCoverage } from "../coverage/index.ts";
import type { IsoDate, SchoolType } from "../coverage/types.ts";
import { prisma } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { reachOf } from "../permissions.ts";
import { type PupilCount, pupilCountIn, schoolYearOf } from "../school-year.ts";
import { reachFor } from "./authorization.ts";
import { activeAssignmentIdsAtSchool } from "./internal/active-assignments.ts";
import { isoOf } from "./internal/master-data.ts";
import { PUPIL_HISTORY } from "./internal/pupil-counts.ts";
import { schoolNotFound } from "./schools.ts";
import { checkedId, schoolFilter } from "./scopes.ts";
import type { Viewer } from "./viewer-types.ts";

// The page of one school for a key date: its data, its figures (computeCoverage with the
// school scope), the staff assigned at that date with contact, provider, FTE and period,
// pupils per FTE against the municipality's benchmark, and every assignment over time.
// Admin and supervisor see every school, a school head only their own; anyone else gets
// the same NotFound as for a missing school (and the attempt is audited).

/** Used when no municipality row says otherwise (docs/domain.md). */
export const DEFAULT_PUPILS_PER_FTE_THRESHOLD = 150;

/** Bounds the history table of a school with an unusually long past. */
const HISTORY_LIMIT = 500;

export type SchoolAssignmentRow = {
  assignmentId: string;
  staffId: string;
  /** null once the staff member's personal data was anonymised. */
  staffName: string | null;
  email: string | null;
  phone: string | null;
  provider: string;
  fteMilli: number;
  validFrom: IsoDate;
  validUntil: IsoDate | null;
  /** Only for roles that may read funding sources; null otherwise or when none is set. */
  fundingSource: string | null;
};

export type SchoolPage = {
  school: {
    id: string;
    schoolNumber: string;
    name: string;
    type: SchoolType;
    district: string;
    address: string | null;
    socialIndex: number | null;
    openedOn: IsoDate | null;
    closedOn: IsoDate | null;
    archived: boolean;
    version: number;
  };
  date: IsoDate;
  pupils: {
    /** The count that applies in the key date's school year, and the year it was entered for. */
    atDate: PupilCount | null;
    /** The key date's school year. */
    schoolYear: number;
    /** Every school year's count, newest first. */
    history: PupilCount[];
  };
  /** Whether the school is open at the key date (closed or not yet opened schools have no figures). */
  openAtDate: boolean;
  figures: { staff: number; fteMilli: number; pupilsPerFte: number | null };
  threshold: number;
  staffAtDate: SchoolAssignmentRow[];
  history: SchoolAssignmentRow[];
  historyTruncated: boolean;
  /** Whether names may link to the staff pages (/fachkraefte/<id>). */
  staffPagesVisible: boolean;
};

const ASSIGNMENT_INCLUDE = {
  staffMember: {
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      phone: true,
      anonymisedAt: true,
      provider: { select: { name: true } },
    },
  },
  fundingSource: { select: { name: true } },
} satisfies Prisma.AssignmentInclude;

type AssignmentWithStaff = Prisma.AssignmentGetPayload<{ include: typeof ASSIGNMENT_INCLUDE }>;

function rowOf(assignment: AssignmentWithStaff, showFunding: boolean): SchoolAssignmentRow {
  const staff = assignment.staffMember;
  const anonymised = staff.anonymisedAt !== null;
  return {
    assignmentId: assignment.id,
    staffId: staff.id,
    staffName: anonymised ? null : `${staff.firstName} ${staff.lastName}`,
    email: anonymised ? null : staff.email,
    phone: anonymised ? null : staff.phone,
    provider: staff.provider.name,
    fteMilli: assignment.fte.mul(1000).toNumber(),
    validFrom: isoOf(assignment.validFrom) ?? "",
    validUntil: isoOf(assignment.validUntil),
    fundingSource: showFunding ? (assignment.fundingSource?.name ?? null) : null,
  };
}

export async function getSchoolPage(viewer: Viewer, id: string, date: IsoDate): Promise<SchoolPage> {
  const reach = reachFor(viewer, "schools.read", "Schule");
  // A provider sees school names only: the school page is not theirs.
  if (reach !== "all" && reach !== "own") return schoolNotFound(viewer, id);
  const school = await prisma.school.findFirst({
    where: { AND: [{ id: checkedId(id, "Schule") }, schoolFilter(viewer)] },
    include: { district: { select: { name: true } }, ...PUPIL_HISTORY },
  });
  if (!school) return schoolNotFound(viewer, id);
  const counts = school.pupilCounts.map(({ schoolYear, pupilCount }) => ({ schoolYear, pupilCount }));

  const audience = viewer.kind === "user" ? viewer.role : "ANONYMOUS";
  const showFunding = reachOf(audience, "fundingSources.read") !== null;
  const [coverage, municipality, current, history] = await Promise.all([
    computeCoverage(prisma, date, { kind: "school", schoolId: school.id }),
    prisma.municipality.findFirst({ select: { pupilsPerFteThreshold: true }, orderBy: { name: "asc" } }),
    activeAssignmentIdsAtSchool(prisma, school.id, date).then((ids) =>
      prisma.assignment.findMany({
        where: { id: { in: ids } },
        include: ASSIGNMENT_INCLUDE,
        orderBy: [{ staffMember: { lastName: "asc" } }, { staffMember: { firstName: "asc" } }, { validFrom: "asc" }],
      }),
    ),
    prisma.assignment.findMany({
      where: { schoolId: school.id },
      include: ASSIGNMENT_INCLUDE,
      orderBy: [{ validFrom: "desc" }, { staffMember: { lastName: "asc" } }, { id: "asc" }],
      take: HISTORY_LIMIT + 1,
    }),
  ]);

  const figures = coverage.schools.find((row) => row.schoolId === school.id);
  const openAtDate = figures !== undefined;
  return {
    school: {
      id: school.id,
      schoolNumber: school.schoolNumber,
      name: school.name,
      type: school.type,
      district: school.district.name,
      address: school.address,
      socialIndex: school.socialIndex,
      openedOn: isoOf(school.openedOn),
      closedOn: isoOf(school.closedOn),
      archived: school.archivedAt !== null,
      version: school.version,
    },
    date,
    pupils: {
      atDate: pupilCountIn(counts, schoolYearOf(date)),
      schoolYear: schoolYearOf(date),
      history: counts.toReversed(),
    },
    openAtDate,
    figures: figures
      ? { staff: figures.staff, fteMilli: figures.fteMilli, pupilsPerFte: figures.pupilsPerFte }
      : { staff: 0, fteMilli: 0, pupilsPerFte: null },
    threshold: municipality?.pupilsPerFteThreshold ?? DEFAULT_PUPILS_PER_FTE_THRESHOLD,
    // A school that is not open at the date has no active assignments (as in the figures).
    staffAtDate: openAtDate ? current.map((row) => rowOf(row, showFunding)) : [],
    history: history.slice(0, HISTORY_LIMIT).map((row) => rowOf(row, showFunding)),
    historyTruncated: history.length > HISTORY_LIMIT,
    staffPagesVisible: reachOf(audience, "staff.read") !== null,
  };
}
