// The matrix rows of one feature; see index.ts.
// Staff and assignments (issue 4). :staffA is a GBH (providerA) staff member never assigned to
// schoolX; :assignmentA is one of theirs. Rows use only fixtures whose owner is fixed: :staffX
// and :staffB may belong to any provider or school in a given run (see the report of the staff
// branch), so the school head's "ok" for staff at their school is tested in
// tests/e2e/staff-assignments.spec.ts and tests/integration/staff-dal.test.ts instead.
import { type ActionEntry, adminAction, type MatrixPart, type PageEntry, signedIn } from "./types.ts";

const adminPage = {
  anonymous: "signin",
  admin: "ok",
  supervisor: "notFound",
  providerA: "notFound",
  providerB: "notFound",
  schoolX: "notFound",
} as const;
/** Admin and the staff member's own provider (GBH) may write; everyone else gets the 404. */
const staffWriterA = { ...adminPage, providerA: "ok" } as const;

const pages: PageEntry[] = [
  { file: "app/(app)/fachkraefte/page.tsx", path: "/fachkraefte", expect: signedIn("signin", "ok") },
  {
    file: "app/(app)/fachkraefte/page.tsx",
    path: "/fachkraefte?q=a&sort=employmentFte&dir=desc&page=2&status=ended",
    expect: signedIn("signin", "ok"),
  },
  {
    file: "app/(app)/fachkraefte/neu/page.tsx",
    path: "/fachkraefte/neu",
    expect: { ...adminPage, providerA: "ok", providerB: "ok" },
  },
  {
    file: "app/(app)/fachkraefte/[id]/page.tsx",
    path: "/fachkraefte/:staffA",
    expect: {
      anonymous: "signin",
      admin: "ok",
      supervisor: "ok",
      providerA: "ok",
      providerB: "notFound",
      schoolX: "notFound",
    },
  },
  {
    file: "app/(app)/fachkraefte/[id]/page.tsx",
    path: "/fachkraefte/00000000-0000-4000-8000-000000000000",
    expect: signedIn("signin", "notFound"),
  },
  {
    file: "app/(app)/fachkraefte/[id]/bearbeiten/page.tsx",
    path: "/fachkraefte/:staffA/bearbeiten",
    expect: staffWriterA,
  },
  { file: "app/(app)/fachkraefte/[id]/beenden/page.tsx", path: "/fachkraefte/:staffA/beenden", expect: staffWriterA },
  { file: "app/(app)/einsaetze/neu/page.tsx", path: "/einsaetze/neu?fachkraft=:staffA", expect: adminPage },
  { file: "app/(app)/einsaetze/neu/page.tsx", path: "/einsaetze/neu", expect: signedIn("signin", "notFound") },
  { file: "app/(app)/einsaetze/[id]/beenden/page.tsx", path: "/einsaetze/:assignmentA/beenden", expect: adminPage },
  { file: "app/(app)/einsaetze/[id]/wechsel/page.tsx", path: "/einsaetze/:assignmentA/wechsel", expect: adminPage },
];

const staffWriterAction = { ...adminAction, providerA: "allowed" } as const;

const actions: ActionEntry[] = [
  // Adding to providerA: the admin may, and providerA's own user; providerB's lands at providerB, not A.
  { file: "app/(app)/fachkraefte/actions.ts", name: "createStaffAction", expect: staffWriterAction },
  { file: "app/(app)/fachkraefte/actions.ts", name: "updateStaffAction", expect: staffWriterAction },
  { file: "app/(app)/fachkraefte/actions.ts", name: "endEmploymentAction", expect: staffWriterAction },
  { file: "app/(app)/einsaetze/actions.ts", name: "createAssignmentAction", expect: adminAction },
  { file: "app/(app)/einsaetze/actions.ts", name: "endAssignmentAction", expect: adminAction },
  { file: "app/(app)/einsaetze/actions.ts", name: "transferAssignmentAction", expect: adminAction },
];

export const staff: MatrixPart = { pages, routes: [], actions };
