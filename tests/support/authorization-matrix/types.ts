// The shapes of the authorization matrix (see index.ts) and helpers to fill its cells.

export const ACTORS = ["anonymous", "admin", "supervisor", "providerA", "providerB", "schoolX"] as const;
export type Actor = (typeof ACTORS)[number];

/** ok: the page renders; signin: sent to /anmelden; notFound: 404, like a missing page. */
export type PageOutcome = "ok" | "signin" | "notFound";
/** allowed: the action did its work; denied: nothing changed and nothing was revealed. */
export type ActionOutcome = "allowed" | "denied";

type PerActor<T> = Record<Actor, T>;

export const everyone = <T>(value: T): PerActor<T> =>
  Object.fromEntries(ACTORS.map((actor) => [actor, value])) as PerActor<T>;
export const signedIn = <T>(anonymous: T, users: T): PerActor<T> => ({ ...everyone(users), anonymous });
export const adminOnly = <T>(anonymous: T, admin: T, others: T): PerActor<T> => ({
  ...everyone(others),
  anonymous,
  admin,
});

export type PageEntry = {
  /** The page file under app/. */
  file: string;
  /** The path requested; `:name` placeholders stand for ids of the e2e fixtures (see FIXTURE_IDS in
   * tests/support/e2e-fixture-ids.ts), e.g. `/schulen/:schoolX`. */
  path: string;
  expect: PerActor<PageOutcome>;
};

export type RouteEntry = {
  file: string;
  method: "GET" | "POST";
  path: string;
  /** The HTTP status expected per actor. */
  expect: PerActor<number>;
  /** For redirects: what the Location header must contain. */
  locationIncludes?: string;
};

export type ActionEntry = {
  file: string;
  name: string;
  expect: PerActor<ActionOutcome>;
};

export const adminAction = adminOnly<ActionOutcome>("denied", "allowed", "denied");

/** One feature's rows of the matrix. */
export type MatrixPart = { pages: PageEntry[]; routes: RouteEntry[]; actions: ActionEntry[] };
