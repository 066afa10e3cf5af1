import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { UserDto } from "@/lib/dal/users";
import { formatDateTime } from "@/lib/format";
import { UserStatusBadge } from "./status-badge";
import { useRoleBinding } from "./use-role-binding";

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{term}</dt>
      <dd className="kern-description-list-item__value">{children}</dd>
    </div>
  );
}

/** A user's data as a KERN description list (no password, no hash). */
export function UserDetails({ user }: { user: UserDto }) {
  const t = useTranslations("users.details");
  const tc = useTranslations("common");
  const locale = useLocale();
  const roleWithBinding = useRoleBinding();
  return (
    <dl className="kern-description-list" data-testid="user-details">
      <Item term={t("email")}>{user.email}</Item>
      <Item term={t("role")}>{roleWithBinding(user)}</Item>
      <Item term={t("status")}>
        <UserStatusBadge active={user.active} mustChangePassword={user.mustChangePassword} />
      </Item>
      <Item term={t("lastSignIn")}>{formatDateTime(user.lastSignInAt, locale, tc("never"))}</Item>
      <Item term={t("created")}>{formatDateTime(user.createdAt, locale)}</Item>
      <Item term={t("updated")}>{formatDateTime(user.updatedAt, locale)}</Item>
    </dl>
  );
}
