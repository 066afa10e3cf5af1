// The matrix rows of the exports (issue 5, items 2 and 3); see index.ts.
import { everyone, type MatrixPart, type PageEntry, type RouteEntry, signedIn } from "./types.ts";

const pages: PageEntry[] = [
  { file: "app/(app)/export/page.tsx", path: "/export?stichtag=2017-11-15", expect: signedIn("signin", "ok") },
];

const KEY_DATE_FILES = ["stichtag.xlsx", "stichtag.csv", "stichtag.pdf"] as const;

const routes: RouteEntry[] = [
  // Every signed-in role gets its own part of the key-date files.
  ...KEY_DATE_FILES.map(
    (file): RouteEntry => ({
      file: `app/api/v1/export/${file}/route.ts`,
      method: "GET",
      path: `/api/v1/export/${file}?date=2017-11-15`,
      expect: signedIn(401, 200),
    }),
  ),
  // Narrowing to another provider's or school's scope answers like a missing record (IDOR).
  {
    file: "app/api/v1/export/stichtag.xlsx/route.ts",
    method: "GET",
    path: "/api/v1/export/stichtag.xlsx?date=2017-11-15&provider=:providerB",
    expect: { anonymous: 401, admin: 200, supervisor: 200, providerA: 404, providerB: 200, schoolX: 404 },
  },
  {
    file: "app/api/v1/export/stichtag.csv/route.ts",
    method: "GET",
    path: "/api/v1/export/stichtag.csv?date=2017-11-15&school=:schoolX",
    expect: { anonymous: 401, admin: 200, supervisor: 200, providerA: 404, providerB: 404, schoolX: 200 },
  },
  {
    file: "app/api/v1/export/stichtag.pdf/route.ts",
    method: "GET",
    path: "/api/v1/export/stichtag.pdf?date=2017-11-15&school=:schoolY",
    expect: { anonymous: 401, admin: 200, supervisor: 200, providerA: 404, providerB: 404, schoolX: 404 },
  },
  // The complete data: admin and supervisor everything, a provider their own; no school head.
  {
    file: "app/api/v1/export/daten.xlsx/route.ts",
    method: "GET",
    path: "/api/v1/export/daten.xlsx",
    expect: { anonymous: 401, admin: 200, supervisor: 200, providerA: 200, providerB: 200, schoolX: 404 },
  },
  {
    file: "app/api/v1/public/coverage.csv/route.ts",
    method: "GET",
    path: "/api/v1/public/coverage.csv?date=2017-11-15",
    expect: everyone(200),
  },
];

export const dataExport: MatrixPart = { pages, routes, actions: [] };
