import type { UserDto } from "@/lib/dal/users";
import { formatDateTime } from "./format";
import { roleWithBinding } from "./role-binding";
import { UserStatusBadge } from "./status-badge";

/** Every user with role, binding, status and last sign-in; the name links to the detail page. */
export function UserTable({ users }: { users: UserDto[] }) {
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped" data-testid="user-table">
        <caption className="kern-title">Zugänge ({users.length})</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              Name
            </th>
            <th scope="col" className="kern-table__header">
              E-Mail
            </th>
            <th scope="col" className="kern-table__header">
              Rolle
            </th>
            <th scope="col" className="kern-table__header">
              Status
            </th>
            <th scope="col" className="kern-table__header">
              Letzte Anmeldung
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {users.map((user) => (
            <tr key={user.id} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                <a className="kern-link" href={`/verwaltung/benutzer/${user.id}`}>
                  {user.name}
                </a>
              </th>
              <td className="kern-table__cell">{user.email}</td>
              <td className="kern-table__cell">{roleWithBinding(user)}</td>
              <td className="kern-table__cell">
                <UserStatusBadge active={user.active} mustChangePassword={user.mustChangePassword} />
              </td>
              <td className="kern-table__cell">{formatDateTime(user.lastSignInAt, "noch nie")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
