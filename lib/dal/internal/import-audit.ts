import type { Viewer } from "../viewer-types.ts";
import type { Tx } from "./import-stage.ts";

// Step 4 of a commit: every record the import created or changed gets the audit entry a form
// edit writes (the same action code, entity and before/after snapshot), each pointing to the
// import's own event (partOfId). Written set-based in SQL, one statement per kind: built in
// JavaScript through the ORM, 100,000 entries took 50 s of the request thread (issue 11's
// benchmark). The snapshots below are SQL twins of the DAL's snapshot functions
// (providerSnapshot, schoolSnapshot, …); tests/integration/import-audit.test.ts compares
// every kind's entry with the function's output for the same record, so they cannot drift.

const day = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;
const stamp = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** One kind of record: its table, where its staged rows are, its audit codes and its snapshot. */
type Kind = {
  entity: string;
  table: string;
  staged: string;
  created: string;
  updated: string | null;
  /** jsonb of the row `t` of `table`. */
  snapshot: string;
};

const KINDS: Kind[] = [
  {
    entity: "Provider",
    table: "provider",
    staged: "imp_provider",
    created: "provider.created",
    updated: "provider.updated",
    snapshot: `jsonb_build_object('name', t.name, 'shortName', t.short_name, 'kind', t.kind,
      'contact', coalesce(t.contact, ''), 'archivedAt', ${stamp("t.archived_at")}, 'version', t.version)`,
  },
  {
    // Districts are created with their school (never updated by an import).
    entity: "District",
    table: "district",
    staged: "imp_district",
    created: "district.created",
    updated: null,
    snapshot: `jsonb_build_object('name', t.name, 'archivedAt', ${stamp("t.archived_at")}, 'version', t.version)`,
  },
  {
    entity: "School",
    table: "school",
    staged: "imp_school",
    created: "school.created",
    updated: "school.updated",
    snapshot: `jsonb_build_object('schoolNumber', t.school_number, 'name', t.name, 'type', t.type,
      'districtId', t.district_id, 'address', coalesce(t.address, ''),
      'pupilCounts', coalesce((SELECT jsonb_object_agg(c.school_year || '/' || lpad(((c.school_year + 1) % 100)::text, 2, '0'),
                                                       c.pupil_count::text)
                                 FROM school_pupil_count c WHERE c.school_id = t.id), '{}'::jsonb),
      'socialIndex', coalesce(t.social_index::text, ''), 'openedOn', coalesce(${day("t.opened_on")}, ''),
      'closedOn', coalesce(${day("t.closed_on")}, ''), 'archivedAt', ${stamp("t.archived_at")}, 'version', t.version)`,
  },
  {
    entity: "FundingSource",
    table: "funding_source",
    staged: "imp_funding",
    created: "funding_source.created",
    updated: "funding_source.updated",
    snapshot: `jsonb_build_object('name', t.name, 'kind', t.kind, 'validFrom', coalesce(${day("t.valid_from")}, ''),
      'validUntil', coalesce(${day("t.valid_until")}, ''), 'reference', coalesce(t.reference, ''),
      'archivedAt', ${stamp("t.archived_at")}, 'version', t.version)`,
  },
  {
    entity: "StaffMember",
    table: "staff_member",
    staged: "imp_staff",
    created: "staff.created",
    updated: "staff.updated",
    snapshot: `jsonb_build_object('providerId', t.provider_id, 'personnelNumber', t.personnel_number,
      'firstName', t.first_name, 'lastName', t.last_name, 'email', t.email, 'phone', t.phone,
      'qualification', t.qualification, 'employmentFteMilli', round(t.employment_fte * 1000)::int,
      'employedFrom', ${day("t.employed_from")}, 'employedUntil', ${day("t.employed_until")}, 'version', t.version)`,
  },
  {
    entity: "Assignment",
    table: "assignment",
    staged: "imp_assignment",
    created: "assignment.created",
    updated: "assignment.updated",
    snapshot: `jsonb_build_object('staffMemberId', t.staff_member_id, 'schoolId', t.school_id, 'fte', t.fte::text,
      'validFrom', ${day("t.valid_from")}, 'validUntil', ${day("t.valid_until")},
      'fundingSourceId', t.funding_source_id, 'note', t.note, 'version', t.version)`,
  },
];

/** The staged rows of one action. A district has none: a new one exists now only if this import inserted it. */
const stagedWhere = (kind: Kind, action: "create" | "update") =>
  kind.staged === "imp_district"
    ? `NOT d.existing AND EXISTS (SELECT 1 FROM district x WHERE x.id = d.id)`
    : `d.action = '${action}'`;

/** Before the writes: the stored snapshot of every record the import is about to update. */
export async function snapshotsBeforeWrite(tx: Tx): Promise<void> {
  const selects = KINDS.filter((kind) => kind.updated).map(
    (kind) => `SELECT '${kind.entity}'::text AS entity, t.id, ${kind.snapshot} AS snapshot
      FROM ${kind.staged} d JOIN ${kind.table} t ON t.id = d.id WHERE ${stagedWhere(kind, "update")}`,
  );
  await tx.$executeRawUnsafe(`CREATE TEMP TABLE imp_before ON COMMIT DROP AS ${selects.join("\nUNION ALL ")}`);
  await tx.$executeRawUnsafe("CREATE INDEX ON imp_before (entity, id)");
}

/** After the writes: one entry per created or updated record, part of the import's event. */
export async function auditImportedRecords(
  tx: Tx,
  viewer: Viewer,
  context: { partOfId: bigint; requestId: string | null },
): Promise<number> {
  const user = viewer.kind === "user" ? viewer : null;
  const actor = [
    user?.userId ?? null,
    user?.email ?? "anonym",
    user?.role ?? null,
    context.requestId,
    context.partOfId,
  ];
  let written = 0;
  for (const kind of KINDS) {
    for (const action of ["create", "update"] as const) {
      const code = action === "create" ? kind.created : kind.updated;
      if (!code) continue;
      const before =
        action === "update"
          ? `(SELECT b.snapshot FROM imp_before b WHERE b.entity = '${kind.entity}' AND b.id = t.id)`
          : "NULL";
      written += await tx.$executeRawUnsafe(
        `INSERT INTO audit_event (actor_id, actor, actor_role, action, entity, entity_id, before, after, request_id,
                                  part_of_id)
         SELECT $1::uuid, $2, $3::"Role", '${code}', '${kind.entity}', t.id::text, ${before}, ${kind.snapshot}, $4, $5
         FROM ${kind.staged} d JOIN ${kind.table} t ON t.id = d.id
         WHERE ${stagedWhere(kind, action)}
         ORDER BY t.id`,
        ...actor,
      );
    }
  }
  return written;
}
