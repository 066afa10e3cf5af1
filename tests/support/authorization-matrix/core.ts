// Sign-in, account and user administration (issues 2 and 3).
import {
  type ActionEntry,
  adminAction,
  adminOnly,
  everyone,
  type MatrixPart,
  type PageEntry,
  type RouteEntry,
  signedIn,
} from "./types.ts";

const pages: PageEntry[] = [
  { file: "app/(public)/page.tsx", path: "/?stichtag=2017-11-15", expect: everyone("ok") },
  // Signed-in visitors are sent on to their start page; that is "ok" too.
  { file: "app/(public)/anmelden/page.tsx", path: "/anmelden", expect: everyone("ok") },
  { file: "app/(app)/start/page.tsx", path: "/start", expect: signedIn("signin", "ok") },
  { file: "app/(app)/konto/passwort/page.tsx", path: "/konto/passwort", expect: signedIn("signin", "ok") },
  {
    file: "app/(app)/verwaltung/benutzer/page.tsx",
    path: "/verwaltung/benutzer",
    expect: adminOnly("signin", "ok", "notFound"),
  },
  {
    file: "app/(app)/verwaltung/benutzer/neu/page.tsx",
    path: "/verwaltung/benutzer/neu",
    expect: adminOnly("signin", "ok", "notFound"),
  },
  {
    file: "app/(app)/verwaltung/benutzer/[id]/page.tsx",
    path: "/verwaltung/benutzer/:user",
    expect: adminOnly("signin", "ok", "notFound"),
  },
  {
    file: "app/(app)/verwaltung/benutzer/[id]/bearbeiten/page.tsx",
    path: "/verwaltung/benutzer/:user/bearbeiten",
    expect: adminOnly("signin", "ok", "notFound"),
  },
  {
    file: "app/(app)/verwaltung/api-tokens/page.tsx",
    path: "/verwaltung/api-tokens",
    expect: adminOnly("signin", "ok", "notFound"),
  },
  {
    file: "app/(app)/verwaltung/protokoll/page.tsx",
    path: "/verwaltung/protokoll",
    expect: adminOnly("signin", "ok", "notFound"),
  },
  {
    file: "app/(app)/verwaltung/kontaktstelle/page.tsx",
    path: "/verwaltung/kontaktstelle",
    expect: adminOnly("signin", "ok", "notFound"),
  },
];

const routes: RouteEntry[] = [
  {
    file: "app/api/v1/public/coverage/route.ts",
    method: "GET",
    path: "/api/v1/public/coverage?date=2017-11-15",
    expect: everyone(200),
  },
  {
    file: "app/api/v1/coverage/route.ts",
    method: "GET",
    path: "/api/v1/coverage?date=2017-11-15",
    expect: signedIn(401, 200),
  },
  { file: "app/api/health/route.ts", method: "GET", path: "/api/health", expect: everyone(200) },
  // next-auth's own endpoints: the session answer reveals nothing but the signed-in user's id.
  { file: "app/api/auth/[...nextauth]/route.ts", method: "GET", path: "/api/auth/session", expect: everyone(200) },
  // A credentials POST without next-auth's CSRF token is sent back to the sign-in page.
  {
    file: "app/api/auth/[...nextauth]/route.ts",
    method: "POST",
    path: "/api/auth/callback/credentials",
    expect: everyone(302),
    locationIncludes: "csrf=true",
  },
];

const actions: ActionEntry[] = [
  { file: "app/locale-action.ts", name: "setLocaleAction", expect: everyone("allowed") },
  // Anyone may sign in with a valid password (the scenario signs in as a user of its own).
  { file: "app/(public)/anmelden/actions.ts", name: "signInAction", expect: everyone("allowed") },
  { file: "app/(app)/konto/passwort/actions.ts", name: "changePasswordAction", expect: signedIn("denied", "allowed") },
  { file: "app/(app)/sign-out-action.ts", name: "signOutAction", expect: signedIn("denied", "allowed") },
  { file: "app/(app)/verwaltung/benutzer/actions.ts", name: "createUserAction", expect: adminAction },
  { file: "app/(app)/verwaltung/benutzer/actions.ts", name: "updateUserAction", expect: adminAction },
  { file: "app/(app)/verwaltung/benutzer/actions.ts", name: "setUserActiveAction", expect: adminAction },
  { file: "app/(app)/verwaltung/benutzer/actions.ts", name: "signOutEverywhereAction", expect: adminAction },
  { file: "app/(app)/verwaltung/benutzer/actions.ts", name: "resetPasswordAction", expect: adminAction },
  { file: "app/(app)/verwaltung/api-tokens/actions.ts", name: "createApiTokenAction", expect: adminAction },
  { file: "app/(app)/verwaltung/api-tokens/actions.ts", name: "revokeApiTokenAction", expect: adminAction },
  { file: "app/(app)/verwaltung/kontaktstelle/actions.ts", name: "updateContactAction", expect: adminAction },
];

export const core: MatrixPart = { pages, routes, actions };
