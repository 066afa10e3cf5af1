// The matrix rows of one feature; see index.ts.
// The dashboard and the forecast: admin and supervisor only; providers and school heads are
// refused like a missing page (their own figures are on /start), anonymous visitors sign in.
import { type ActionEntry, adminAction, everyone, type MatrixPart, type PageEntry } from "./types.ts";

const steering = {
  ...everyone("notFound" as const),
  anonymous: "signin" as const,
  admin: "ok" as const,
  supervisor: "ok" as const,
};

const pages: PageEntry[] = [
  { file: "app/(app)/uebersicht/page.tsx", path: "/uebersicht?stichtag=2017-11-15", expect: steering },
  {
    file: "app/(app)/uebersicht/hinweise/page.tsx",
    path: "/uebersicht/hinweise?stichtag=2017-11-15&art=assignmentUnfunded",
    expect: steering,
  },
  // Every kind at once, with the threshold form for the admin.
  {
    file: "app/(app)/uebersicht/hinweise/page.tsx",
    path: "/uebersicht/hinweise?stichtag=2017-11-15",
    expect: steering,
  },
  {
    file: "app/(app)/uebersicht/prognose/page.tsx",
    path: "/uebersicht/prognose?ab=2017-11-15&stichtag=2018-08-15",
    expect: steering,
  },
];

// The pupils-per-FTE threshold: the admin only (a supervisor sees it, cannot change it).
const actions: ActionEntry[] = [
  { file: "app/(app)/uebersicht/hinweise/actions.ts", name: "updateThresholdAction", expect: adminAction },
];

export const dashboard: MatrixPart = { pages, routes: [], actions };
