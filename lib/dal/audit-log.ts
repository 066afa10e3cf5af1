import "server-only";
import type { IsoDate } from "../coverage/types.ts";
import { prisma } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { type Role, reachOf } from "../permissions.ts";
import type { AuditLogFilter } from "../schemas/audit-log.ts";
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from "./audit-actions.ts";
import { denyAccess } from "./authorization.ts";
import { type AuditName, namesOf, referencedIds, withoutAnonymised } from "./internal/audit-names.ts";
import { audienceOf, type Viewer } from "./viewer-types.ts";

// Reading the audit trail (ADMIN only). Filters by actor, action, entity and a date range
// of calendar days in the municipality's time zone; paginated on the server. Each page comes
// with the names of the records its events refer to (internal/audit-names.ts), so the log
// shows names, not ids; an anonymised staff member shows neither name nor personal fields.

export type { AuditName } from "./internal/audit-names.ts";

export const AUDIT_PAGE_SIZE = 50;
const TIME_ZONE = "Europe/Berlin";

export type AuditEventDto = {
  id: string;
  at: Date;
  actor: string;
  actorRole: Role | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
};

export type AuditPage = {
  events: AuditEventDto[];
  /** The name of every record the events refer to, by id; an id of a deleted record is absent. */
  names: Record<string, AuditName>;
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
};

async function authorize(viewer: Viewer): Promise<void> {
  if (reachOf(audienceOf(viewer), "audit.read") !== "all")
    await denyAccess(prisma, viewer, { capability: "audit.read" });
}

/** The instant a calendar day begins in Berlin (DST changes at 01:00 UTC, never near midnight). */
function startOfDay(date: IsoDate): Date {
  const utcMidnight = new Date(`${date}T00:00:00Z`);
  const offset = new Intl.DateTimeFormat("en-US", { timeZone: TIME_ZONE, timeZoneName: "longOffset" })
    .formatToParts(utcMidnight)
    .find((part) => part.type === "timeZoneName")?.value; // "GMT+01:00"
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(offset ?? "");
  const minutes = match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  return new Date(utcMidnight.getTime() - minutes * 60_000);
}

const nextDay = (date: IsoDate): IsoDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function whereOf(filter: AuditLogFilter): Prisma.AuditEventWhereInput {
  const at: Prisma.DateTimeFilter = {};
  if (filter.from) at.gte = startOfDay(filter.from);
  if (filter.to) at.lt = startOfDay(nextDay(filter.to));
  return {
    ...(filter.actor ? { actor: { contains: filter.actor, mode: "insensitive" } } : {}),
    // A prefix, so that "user." finds every user action.
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    ...(filter.entity ? { entity: filter.entity } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(filter.from || filter.to ? { at } : {}),
  };
}

export async function listAuditEvents(viewer: Viewer, filter: AuditLogFilter): Promise<AuditPage> {
  await authorize(viewer);
  const where = whereOf(filter);
  const total = await prisma.auditEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(Math.max(1, filter.page), pageCount);
  const rows = await prisma.auditEvent.findMany({
    where,
    orderBy: { id: "desc" },
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
  });
  const { names, anonymised } = await namesOf(prisma, referencedIds(rows));
  return {
    events: rows.map((row) => {
      const shown = withoutAnonymised(row, anonymised);
      return {
        id: row.id.toString(),
        at: row.at,
        actor: row.actor,
        actorRole: row.actorRole,
        action: row.action,
        entity: row.entity,
        entityId: row.entityId,
        before: shown.before,
        after: shown.after,
      };
    }),
    names,
    total,
    page,
    pageCount,
    pageSize: AUDIT_PAGE_SIZE,
  };
}

const LISTED_ACTIONS: ReadonlySet<string> = new Set(AUDIT_ACTIONS);
const LISTED_ENTITIES: ReadonlySet<string> = new Set(AUDIT_ENTITIES);

/**
 * The actions and entities seen in the latest events, for the filter's choices: only listed
 * codes (each has a label), so a refused capability ("staff.write", the entity of an
 * access.denied event) is not offered as an object. Bounded on purpose: the trail only grows,
 * and a DISTINCT over all of it would grow with it.
 */
export async function listAuditFacets(viewer: Viewer): Promise<{ actions: string[]; entities: string[] }> {
  await authorize(viewer);
  const rows = await prisma.$queryRaw<{ kind: string; value: string }[]>`
    WITH recent AS (SELECT action, entity FROM audit_event ORDER BY id DESC LIMIT 10000)
    SELECT DISTINCT 'action' AS kind, action AS value FROM recent
    UNION
    SELECT DISTINCT 'entity' AS kind, entity AS value FROM recent
    ORDER BY kind, value`;
  return {
    actions: rows.filter((row) => row.kind === "action" && LISTED_ACTIONS.has(row.value)).map((row) => row.value),
    entities: rows.filter((row) => row.kind === "entity" && LISTED_ENTITIES.has(row.value)).map((row) => row.value),
  };
}
