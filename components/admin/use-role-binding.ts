import { useTranslations } from "next-intl";
import type { Role } from "@/lib/permissions";

type Bound = {
  role: Role;
  providerName: string | null;
  schoolName: string | null;
  schoolNumber: string | null;
};

/** "Träger: GBH", "Schulleitung: Schillerschule (120301)", "Schulaufsicht" – in the reader's language. */
export function useRoleBinding() {
  const t = useTranslations();
  return (user: Bound): string => {
    const role = t(`common.roles.${user.role}`);
    if (user.role === "PROVIDER" && user.providerName) {
      return t("users.binding.provider", { role, provider: user.providerName });
    }
    if (user.role === "SCHOOL" && user.schoolName) {
      return t("users.binding.school", { role, school: user.schoolName, number: user.schoolNumber ?? "?" });
    }
    return role;
  };
}
