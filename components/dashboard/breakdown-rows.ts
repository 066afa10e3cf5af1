import type { ProviderFigures } from "@/lib/coverage/types";

export type BreakdownRow = {
  /** React key: the group's id. */
  key: string;
  label: string;
  staff: number;
  fteMilli: number;
  schoolsCovered: number;
  /** Absent for providers (a provider has no schools of its own). */
  schoolsTotal?: number;
};

/** A row with only what the table shows, so the page sends no more than that to the browser. */
export function breakdownRow(
  figures: Omit<ProviderFigures, "providerId" | "provider"> & { schoolsTotal?: number },
  key: string,
  label: string,
): BreakdownRow {
  const { staff, fteMilli, schoolsCovered, schoolsTotal } = figures;
  return schoolsTotal === undefined
    ? { key, label, staff, fteMilli, schoolsCovered }
    : { key, label, staff, fteMilli, schoolsCovered, schoolsTotal };
}
