import { getTranslations } from "next-intl/server";
import { navigationFor } from "@/lib/navigation";
import type { Role } from "@/lib/permissions";

/** The main navigation of the signed-in area, by role. */
export async function MainNav({ role }: { role: Role }) {
  const t = await getTranslations("nav");
  return (
    <nav aria-label={t("label")} className="kern-container mx-auto max-w-6xl px-4 pt-3">
      <ul className="flex flex-wrap gap-6">
        {navigationFor(role).map((item) => (
          <li key={item.href}>
            <a className="kern-link" href={item.href}>
              {t(item.key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
