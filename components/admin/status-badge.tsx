/** Active / disabled / must change password, as a KERN badge with text (not colour alone). */
export function UserStatusBadge({ active, mustChangePassword }: { active: boolean; mustChangePassword: boolean }) {
  if (!active) return <span className="kern-badge kern-badge--danger">Deaktiviert</span>;
  if (mustChangePassword) return <span className="kern-badge kern-badge--warning">Einmal-Passwort offen</span>;
  return <span className="kern-badge kern-badge--success">Aktiv</span>;
}
