import { ROLE_LABELS, type Role } from "@/lib/permissions";

type Bound = {
  role: Role;
  providerName: string | null;
  schoolName: string | null;
  schoolNumber: string | null;
};

/** "Träger: GBH", "Schulleitung: Schillerschule (120301)", "Schulaufsicht". */
export function roleWithBinding(user: Bound): string {
  if (user.role === "PROVIDER" && user.providerName) return `${ROLE_LABELS.PROVIDER}: ${user.providerName}`;
  if (user.role === "SCHOOL" && user.schoolName) {
    return `${ROLE_LABELS.SCHOOL}: ${user.schoolName} (${user.schoolNumber ?? "?"})`;
  }
  return ROLE_LABELS[user.role];
}
