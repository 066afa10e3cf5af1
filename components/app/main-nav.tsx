import { getTranslations } from "next-intl/server";
import { currentNavKey, type NavItem, navigationFor, navigationGroupsFor } from "@/lib/navigation";
import type { Role } from "@/lib/permissions";
import { NavMenu } from "./nav-menu";

const MENU_ID = "main-nav-groups";

/**
 * The main navigation of the signed-in area, by role, in groups (lib/navigation.ts). A group of
 * several entries is a disclosure (<details name>: one open at a time, no script needed); a
 * group of one is its link. The current page is marked with aria-current.
 */
export async function MainNav({ role, path }: { role: Role; path: string }) {
  const t = await getTranslations("nav");
  const current = currentNavKey(navigationFor(role), path);
  const link = (item: NavItem) => (
    <a className="kern-link" href={item.href} aria-current={item.key === current ? "page" : undefined}>
      {t(item.key)}
    </a>
  );
  return (
    <nav aria-label={t("label")} className="kern-container mx-auto max-w-6xl px-4 pt-1 pb-2">
      <NavMenu id={MENU_ID} label={t("menu")}>
        <ul className="flex flex-col gap-3 py-2 md:flex-row md:flex-wrap md:items-center md:gap-6">
          {navigationGroupsFor(role).map((group) => {
            const [only] = group.items;
            if (group.items.length === 1 && only) return <li key={group.key}>{link(only)}</li>;
            const holdsCurrent = group.items.some((item) => item.key === current);
            return (
              <li key={group.key} className="md:relative">
                <details name="main-nav" data-nav-group={group.key}>
                  <summary className={`kern-link cursor-pointer ${holdsCurrent ? "kern-body--bold" : ""}`}>
                    {t(`groups.${group.key}`)}
                  </summary>
                  <ul className="mt-2 flex flex-col gap-2 pl-4 md:absolute md:z-20 md:mt-1 md:min-w-56 md:border md:bg-white md:p-3 md:shadow">
                    {group.items.map((item) => (
                      <li key={item.href}>{link(item)}</li>
                    ))}
                  </ul>
                </details>
              </li>
            );
          })}
        </ul>
      </NavMenu>
    </nav>
  );
}
