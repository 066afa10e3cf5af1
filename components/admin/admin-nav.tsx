import { useTranslations } from "next-intl";

const LINKS = [
  { href: "/verwaltung/benutzer", key: "users" },
  { href: "/verwaltung/api-tokens", key: "apiTokens" },
  { href: "/verwaltung/protokoll", key: "audit" },
  { href: "/verwaltung/datenschutz", key: "privacy" },
] as const;

export type AdminSection = (typeof LINKS)[number]["href"];

/** The administration's sub-navigation; the current section is marked for screen readers. */
export function AdminNav({ current }: { current: AdminSection }) {
  const t = useTranslations("nav");
  return (
    <nav aria-label={t("admin")} className="mb-6 border-b pb-3">
      <ul className="flex flex-wrap gap-6">
        {LINKS.map((link) => (
          <li key={link.href}>
            <a
              className={`kern-link ${link.href === current ? "kern-body--bold" : ""}`}
              href={link.href}
              aria-current={link.href === current ? "page" : undefined}
            >
              {t(link.key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
