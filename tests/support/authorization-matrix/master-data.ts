// The matrix rows of schools, providers, districts and funding sources; see index.ts.
import {
  type ActionEntry,
  adminAction,
  adminOnly,
  type MatrixPart,
  type PageEntry,
  type PageOutcome,
  signedIn,
} from "./types.ts";

const P = "app/(app)";
const adminPage = adminOnly<PageOutcome>("signin", "ok", "notFound");
/** Admin and supervisor read; providers and school heads get a 404. */
const readers: PageEntry["expect"] = { ...adminPage, supervisor: "ok" };

const pages: PageEntry[] = [
  // A provider sees school names; a school head only their own school.
  { file: `${P}/schulen/page.tsx`, path: "/schulen", expect: signedIn("signin", "ok") },
  { file: `${P}/schulen/neu/page.tsx`, path: "/schulen/neu", expect: adminPage },
  {
    file: `${P}/schulen/[id]/page.tsx`,
    path: "/schulen/:schoolX?stichtag=2017-11-15",
    expect: { ...readers, schoolX: "ok" },
  },
  { file: `${P}/schulen/[id]/page.tsx`, path: "/schulen/:schoolY", expect: readers },
  { file: `${P}/schulen/[id]/bearbeiten/page.tsx`, path: "/schulen/:schoolX/bearbeiten", expect: adminPage },
  // A school head sees the names of their school's providers; a provider only their own.
  { file: `${P}/traeger/page.tsx`, path: "/traeger", expect: signedIn("signin", "ok") },
  { file: `${P}/traeger/neu/page.tsx`, path: "/traeger/neu", expect: adminPage },
  { file: `${P}/traeger/[id]/page.tsx`, path: "/traeger/:providerA", expect: { ...readers, providerA: "ok" } },
  { file: `${P}/traeger/[id]/page.tsx`, path: "/traeger/:providerB", expect: { ...readers, providerB: "ok" } },
  // The provider edits their own contact; nobody else but the admin edits.
  {
    file: `${P}/traeger/[id]/bearbeiten/page.tsx`,
    path: "/traeger/:providerA/bearbeiten",
    expect: { ...adminPage, providerA: "ok" },
  },
  {
    file: `${P}/traeger/[id]/bearbeiten/page.tsx`,
    path: "/traeger/:providerB/bearbeiten",
    expect: { ...adminPage, providerB: "ok" },
  },
  { file: `${P}/stadtbezirke/page.tsx`, path: "/stadtbezirke", expect: readers },
  { file: `${P}/stadtbezirke/neu/page.tsx`, path: "/stadtbezirke/neu", expect: adminPage },
  { file: `${P}/stadtbezirke/[id]/bearbeiten/page.tsx`, path: "/stadtbezirke/:district/bearbeiten", expect: adminPage },
  { file: `${P}/finanzierungen/page.tsx`, path: "/finanzierungen", expect: readers },
  { file: `${P}/finanzierungen/neu/page.tsx`, path: "/finanzierungen/neu", expect: adminPage },
  { file: `${P}/finanzierungen/[id]/page.tsx`, path: "/finanzierungen/:funding", expect: readers },
  {
    file: `${P}/finanzierungen/[id]/bearbeiten/page.tsx`,
    path: "/finanzierungen/:funding/bearbeiten",
    expect: adminPage,
  },
];

const action = (file: string, name: string, expect = adminAction): ActionEntry => ({
  file: `${P}/${file}`,
  name,
  expect,
});

const actions: ActionEntry[] = [
  action("schulen/actions.ts", "createSchoolAction"),
  action("schulen/actions.ts", "updateSchoolAction"),
  action("schulen/actions.ts", "setSchoolArchivedAction"),
  action("traeger/actions.ts", "createProviderAction"),
  action("traeger/actions.ts", "updateProviderAction"),
  action("traeger/actions.ts", "setProviderArchivedAction"),
  // The scenario edits providerA's contact: the admin and providerA's own user may.
  action("traeger/actions.ts", "updateProviderContactAction", { ...adminAction, providerA: "allowed" }),
  action("stadtbezirke/actions.ts", "createDistrictAction"),
  action("stadtbezirke/actions.ts", "updateDistrictAction"),
  action("stadtbezirke/actions.ts", "setDistrictArchivedAction"),
  action("finanzierungen/actions.ts", "createFundingSourceAction"),
  action("finanzierungen/actions.ts", "updateFundingSourceAction"),
  action("finanzierungen/actions.ts", "setFundingSourceArchivedAction"),
];

export const masterData: MatrixPart = { pages, routes: [], actions };
