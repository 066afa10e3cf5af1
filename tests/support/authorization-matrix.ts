// The authorization matrix of issue 3: every page, route handler and server action with
// the outcome expected for each kind of visitor. tests/unit/authorization-matrix.test.ts
// fails when the app has an entry point this table does not list (or the table lists one
// that is gone); tests/e2e/authorization-matrix.spec.ts and
// tests/integration/authorization-actions.test.ts exercise every cell.

export const ACTORS = ["anonymous", "admin", "supervisor", "providerA", "providerB", "schoolX"] as const;
export type Actor = (typeof ACTORS)[number];

/** ok: the page renders; signin: sent to /anmelden; notFound: 404, like a missing page. */
export type PageOutcome = "ok" | "signin" | "notFound";
/** allowed: the action did its work; denied: nothing changed and nothing was revealed. */
export type ActionOutcome = "allowed" | "denied";

type PerActor<T> = Record<Actor, T>;

const everyone = <T>(value: T): PerActor<T> => Object.fromEntries(ACTORS.map((actor) => [actor, value])) as PerActor<T>;
const signedIn = <T>(anonymous: T, users: T): PerActor<T> => ({ ...everyone(users), anonymous });
const adminOnly = <T>(anonymous: T, admin: T, others: T): PerActor<T> => ({ ...everyone(others), anonymous, admin });

export type PageEntry = {
  /** The page file under app/. */
  file: string;
  /** The path requested; `:user` stands for an existing user's id. */
  path: string;
  expect: PerActor<PageOutcome>;
};

export const PAGES: PageEntry[] = [
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
];

export type RouteEntry = {
  file: string;
  method: "GET" | "POST";
  path: string;
  /** The HTTP status expected per actor. */
  expect: PerActor<number>;
  /** For redirects: what the Location header must contain. */
  locationIncludes?: string;
};

export const ROUTES: RouteEntry[] = [
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

export type ActionEntry = {
  file: string;
  name: string;
  expect: PerActor<ActionOutcome>;
};

const adminAction = adminOnly<ActionOutcome>("denied", "allowed", "denied");

export const ACTIONS: ActionEntry[] = [
  { file: "app/(app)/konto/passwort/actions.ts", name: "changePasswordAction", expect: signedIn("denied", "allowed") },
  { file: "app/(app)/sign-out-action.ts", name: "signOutAction", expect: signedIn("denied", "allowed") },
  { file: "app/(app)/verwaltung/benutzer/actions.ts", name: "createUserAction", expect: adminAction },
  { file: "app/(app)/verwaltung/benutzer/actions.ts", name: "updateUserAction", expect: adminAction },
  { file: "app/(app)/verwaltung/benutzer/actions.ts", name: "setUserActiveAction", expect: adminAction },
  { file: "app/(app)/verwaltung/benutzer/actions.ts", name: "signOutEverywhereAction", expect: adminAction },
  { file: "app/(app)/verwaltung/benutzer/actions.ts", name: "resetPasswordAction", expect: adminAction },
  { file: "app/(app)/verwaltung/api-tokens/actions.ts", name: "createApiTokenAction", expect: adminAction },
  { file: "app/(app)/verwaltung/api-tokens/actions.ts", name: "revokeApiTokenAction", expect: adminAction },
];
