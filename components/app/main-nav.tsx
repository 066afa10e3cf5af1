import { navigationFor } from "@/lib/navigation";
import type { Role } from "@/lib/permissions";

/** The main navigation of the signed-in area, by role. */
export function MainNav({ role }: { role: Role }) {
  return (
    <nav aria-label="Hauptnavigation" className="kern-container mx-auto max-w-6xl px-4 pt-3">
      <ul className="flex flex-wrap gap-6">
        {navigationFor(role).map((item) => (
          <li key={item.href}>
            <a className="kern-link" href={item.href}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
