import { isoOf, isoOrNull } from "./values.ts";

/** What the audit log keeps of an assignment (before/after of a change). */
export function assignmentSnapshot(row: {
  staffMemberId: string;
  schoolId: string;
  fte: { toFixed(digits: number): string };
  validFrom: Date;
  validUntil: Date | null;
  fundingSourceId: string | null;
  note: string | null;
  version: number;
}) {
  return {
    staffMemberId: row.staffMemberId,
    schoolId: row.schoolId,
    fte: row.fte.toFixed(3),
    validFrom: isoOf(row.validFrom),
    validUntil: isoOrNull(row.validUntil),
    fundingSourceId: row.fundingSourceId,
    note: row.note,
    version: row.version,
  };
}
