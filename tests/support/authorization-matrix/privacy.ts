// Data protection (issue 5, item 4): the Art. 15 export and the anonymisation, ADMIN only.
import { type ActionEntry, adminAction, adminOnly, type MatrixPart, type PageEntry, type RouteEntry } from "./types.ts";

const pages: PageEntry[] = [
  {
    file: "app/(app)/verwaltung/datenschutz/page.tsx",
    path: "/verwaltung/datenschutz",
    expect: adminOnly("signin", "ok", "notFound"),
  },
];

const routes: RouteEntry[] = [
  {
    file: "app/api/v1/datenschutz/fachkraefte/[id]/route.ts",
    method: "GET",
    path: "/api/v1/datenschutz/fachkraefte/:staffA",
    expect: adminOnly(401, 200, 404),
  },
];

const actions: ActionEntry[] = [
  { file: "app/(app)/verwaltung/datenschutz/actions.ts", name: "anonymiseStaffAction", expect: adminAction },
];

export const privacy: MatrixPart = { pages, routes, actions };
