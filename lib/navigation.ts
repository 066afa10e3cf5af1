import { type Audience, type Capability, type Reach, reachOf } from "./permissions.ts";

// The signed-in area's main navigation. Each entry names the capability its page needs (and,
// where a page only makes sense with some reach, which), so a role sees exactly the entries
// the data access layer would serve it (it checks anyway). Labels are keys of the "nav"
// message catalog.

export type NavKey =
  | "start"
  | "dashboard"
  | "forecast"
  | "schools"
  | "providers"
  | "districts"
  | "funding"
  | "staff"
  | "import"
  | "export"
  | "users"
  | "apiTokens"
  | "audit"
  | "privacy"
  | "contact"
  | "publicStatistics";

export type NavItem = { href: string; key: NavKey; needs: Capability | null; reaches?: Reach[] };

export const MAIN_NAV: NavItem[] = [
  { href: "/start", key: "start", needs: "coverage.read" },
  { href: "/uebersicht", key: "dashboard", needs: "coverage.read", reaches: ["all"] },
  { href: "/uebersicht/prognose", key: "forecast", needs: "coverage.read", reaches: ["all"] },
  { href: "/schulen", key: "schools", needs: "schools.read", reaches: ["all", "own"] },
  { href: "/traeger", key: "providers", needs: "providers.read", reaches: ["all", "own"] },
  { href: "/stadtbezirke", key: "districts", needs: "schools.read", reaches: ["all"] },
  { href: "/finanzierungen", key: "funding", needs: "fundingSources.read" },
  { href: "/fachkraefte", key: "staff", needs: "staff.read" },
  { href: "/import", key: "import", needs: "import.run" },
  { href: "/export", key: "export", needs: "export.run" },
  { href: "/verwaltung/benutzer", key: "users", needs: "users.manage" },
  { href: "/verwaltung/api-tokens", key: "apiTokens", needs: "apiTokens.manage" },
  { href: "/verwaltung/protokoll", key: "audit", needs: "audit.read" },
  { href: "/verwaltung/datenschutz", key: "privacy", needs: "privacy.manage" },
  { href: "/verwaltung/kontaktstelle", key: "contact", needs: "municipality.write" },
  { href: "/", key: "publicStatistics", needs: null },
];

/** The groups the navigation shows (issue 17: 15 links in one row filled a phone's first screen). */
export type NavGroupKey = "overview" | "masterData" | "staffGroup" | "data" | "admin";

export type NavGroup = { key: NavGroupKey; items: NavItem[] };

const GROUP_OF: Record<NavKey, NavGroupKey> = {
  start: "overview",
  dashboard: "overview",
  forecast: "overview",
  publicStatistics: "overview",
  schools: "masterData",
  providers: "masterData",
  districts: "masterData",
  funding: "masterData",
  staff: "staffGroup",
  import: "data",
  export: "data",
  users: "admin",
  apiTokens: "admin",
  audit: "admin",
  privacy: "admin",
  contact: "admin",
};

const GROUP_ORDER: NavGroupKey[] = ["overview", "masterData", "staffGroup", "data", "admin"];

/** The role's entries in their groups, in MAIN_NAV's order; groups without an entry are left out. */
export function navigationGroupsFor(audience: Audience): NavGroup[] {
  const items = navigationFor(audience);
  return GROUP_ORDER.map((key) => ({ key, items: items.filter((item) => GROUP_OF[item.key] === key) })).filter(
    (group) => group.items.length > 0,
  );
}

/** The entry a path belongs to: the longest href that is the path or a parent of it ("/" only itself). */
export function currentNavKey(items: NavItem[], path: string): NavKey | null {
  const matches = items.filter((item) =>
    item.href === "/" ? path === "/" : path === item.href || path.startsWith(`${item.href}/`),
  );
  matches.sort((a, b) => b.href.length - a.href.length);
  return matches[0]?.key ?? null;
}

export function navigationFor(audience: Audience): NavItem[] {
  return MAIN_NAV.filter((item) => {
    if (item.needs === null) return true;
    const reach = reachOf(audience, item.needs);
    return reach !== null && (!item.reaches || item.reaches.includes(reach));
  });
}
