import { useTranslations } from "next-intl";

/** Active / disabled / must change password, as a KERN badge with text (not colour alone). */
export function UserStatusBadge({ active, mustChangePassword }: { active: boolean; mustChangePassword: boolean }) {
  const t = useTranslations("users.status");
  if (!active) return <span className="kern-badge kern-badge--danger">{t("disabled")}</span>;
  if (mustChangePassword) return <span className="kern-badge kern-badge--warning">{t("mustChangePassword")}</span>;
  return <span className="kern-badge kern-badge--success">{t("active")}</span>;
}
