import { type Audience, type Capability, reachOf } from "./permissions.ts";

// The signed-in area's main navigation. Each entry names the capability its page needs, so
// a role sees exactly the entries the data access layer would serve it (it checks anyway).

export type NavItem = { href: string; label: string; needs: Capability | null };

export const MAIN_NAV: NavItem[] = [
  { href: "/start", label: "Übersicht", needs: "coverage.read" },
  { href: "/verwaltung/benutzer", label: "Benutzer", needs: "users.manage" },
  { href: "/verwaltung/api-tokens", label: "API-Tokens", needs: "apiTokens.manage" },
  { href: "/verwaltung/protokoll", label: "Protokoll", needs: "audit.read" },
  { href: "/", label: "Öffentliche Statistik", needs: null },
];

export function navigationFor(audience: Audience): NavItem[] {
  return MAIN_NAV.filter((item) => item.needs === null || reachOf(audience, item.needs) !== null);
}
