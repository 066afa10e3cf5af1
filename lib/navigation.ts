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
  { href: "/", key: "publicStatistics", needs: null },
];

export function navigationFor(audience: Audience): NavItem[] {
  return MAIN_NAV.filter((item) => {
    if (item.needs === null) return true;
    const reach = reachOf(audience, item.needs);
    return reach !== null && (!item.reaches || item.reaches.includes(reach));
  });
}
