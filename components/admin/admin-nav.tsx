const LINKS = [
  { href: "/verwaltung/benutzer", label: "Benutzer" },
  { href: "/verwaltung/api-tokens", label: "API-Tokens" },
  { href: "/verwaltung/protokoll", label: "Protokoll" },
] as const;

export type AdminSection = (typeof LINKS)[number]["href"];

/** The administration's sub-navigation; the current section is marked for screen readers. */
export function AdminNav({ current }: { current: AdminSection }) {
  return (
    <nav aria-label="Verwaltung" className="mb-6 border-b pb-3">
      <ul className="flex flex-wrap gap-6">
        {LINKS.map((link) => (
          <li key={link.href}>
            <a
              className={`kern-link ${link.href === current ? "kern-body--bold" : ""}`}
              href={link.href}
              aria-current={link.href === current ? "page" : undefined}
            >
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
