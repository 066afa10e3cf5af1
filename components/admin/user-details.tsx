import type { UserDto } from "@/lib/dal/users";
import { formatDateTime } from "./format";
import { roleWithBinding } from "./role-binding";
import { UserStatusBadge } from "./status-badge";

function Item({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{term}</dt>
      <dd className="kern-description-list-item__value">{children}</dd>
    </div>
  );
}

/** A user's data as a KERN description list (no password, no hash). */
export function UserDetails({ user }: { user: UserDto }) {
  return (
    <dl className="kern-description-list" data-testid="user-details">
      <Item term="E-Mail-Adresse">{user.email}</Item>
      <Item term="Rolle">{roleWithBinding(user)}</Item>
      <Item term="Status">
        <UserStatusBadge active={user.active} mustChangePassword={user.mustChangePassword} />
      </Item>
      <Item term="Letzte Anmeldung">{formatDateTime(user.lastSignInAt, "noch nie")}</Item>
      <Item term="Angelegt">{formatDateTime(user.createdAt)}</Item>
      <Item term="Zuletzt geändert">{formatDateTime(user.updatedAt)}</Item>
    </dl>
  );
}
