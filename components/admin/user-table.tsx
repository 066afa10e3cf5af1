import { useLocale, useTranslations } from "next-intl";
import type { UserDto } from "@/lib/dal/users";
import { formatDateTime } from "@/lib/format";
import { UserStatusBadge } from "./status-badge";
import { useRoleBinding } from "./use-role-binding";

/** Every user with role, binding, status and last sign-in; the name links to the detail page. */
export function UserTable({ users }: { users: UserDto[] }) {
  const t = useTranslations("users.table");
  const tc = useTranslations("common");
  const locale = useLocale();
  const roleWithBinding = useRoleBinding();
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped" data-testid="user-table">
        <caption className="kern-title">{t("caption", { count: users.length })}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t("name")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("email")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("role")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("status")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("lastSignIn")}
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
              <td className="kern-table__cell">{formatDateTime(user.lastSignInAt, locale, tc("never"))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
