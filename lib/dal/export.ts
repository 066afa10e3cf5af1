import "server-only";
import type { CoverageScope, IsoDate } from "../coverage/types.ts";
import { prisma } from "../db.ts";
import { type ExportScope, type KeyDateExport, scopeForAudit } from "../export/types.ts";
import { todayIso } from "../key-date.ts";
import { recordAudit } from "./audit.ts";
import { denyAccess, reachFor } from "./authorization.ts";
import { cachedCoverage, coverageScopeFor } from "./coverage.ts";
import { NotFoundError, UnauthenticatedError } from "./errors.ts";
import { exportWarnings } from "./export-warnings.ts";
import { checkedId } from "./scopes.ts";
import type { SignedInViewer, Viewer } from "./viewer-types.ts";

// The data behind the exports, scoped by the permission table ("export": admin and
// supervisor everything, a provider their own staff, a school head their own school).
// Figures come from lib/coverage with the same scope as getCoverage; a request for the
// scope of another provider or school answers like a missing one and is audited.

/** An optional narrowing the caller asked for (query parameters `provider` / `school`). */
export type ScopeRequest = { providerId?: string | null; schoolId?: string | null };

function signedIn(viewer: Viewer): SignedInViewer {
  if (viewer.kind !== "user") throw new UnauthenticatedError();
  return viewer;
}

async function providerScope(id: string): Promise<ExportScope> {
  const provider = await prisma.provider.findUnique({ where: { id: checkedId(id, "Träger") } });
  if (!provider) throw new NotFoundError("Träger");
  return { kind: "provider", providerId: provider.id, provider: provider.name };
}

async function schoolScope(id: string): Promise<ExportScope> {
  const school = await prisma.school.findUnique({ where: { id: checkedId(id, "Schule") } });
  if (!school) throw new NotFoundError("Schule");
  return { kind: "school", schoolId: school.id, schoolNumber: school.schoolNumber, school: school.name };
}

/** Refuses a narrowing outside the viewer's reach: audited when the record exists, 404 either way. */
async function refuse(viewer: SignedInViewer, what: "Träger" | "Schule", id: string): Promise<never> {
  const exists =
    what === "Träger"
      ? await prisma.provider.count({ where: { id: checkedId(id, what) } })
      : await prisma.school.count({ where: { id: checkedId(id, what) } });
  if (exists > 0) return denyAccess(prisma, viewer, { capability: "export.run", what, entityId: id });
  throw new NotFoundError(what);
}

/** The scope of an export for this viewer and request; see the file comment. */
export async function resolveExportScope(viewer: Viewer, request: ScopeRequest = {}): Promise<ExportScope> {
  const user = signedIn(viewer);
  const reach = reachFor(user, "export.run", "Export");
  const { providerId, schoolId } = request;
  if (providerId && schoolId) throw new NotFoundError("Export");

  if (reach === "all") {
    if (providerId) return providerScope(providerId);
    if (schoolId) return schoolScope(schoolId);
    return { kind: "all" };
  }
  // Own reach: the viewer's binding, and nothing else may be named.
  const own = coverageScopeFor(user);
  if (own.kind === "provider") {
    if (schoolId) return refuse(user, "Schule", schoolId);
    if (providerId && providerId !== own.providerId) return refuse(user, "Träger", providerId);
    return providerScope(own.providerId);
  }
  if (own.kind === "school") {
    if (providerId) return refuse(user, "Träger", providerId);
    if (schoolId && schoolId !== own.schoolId) return refuse(user, "Schule", schoolId);
    return schoolScope(own.schoolId);
  }
  throw new NotFoundError("Export");
}

function coverageScopeOf(scope: ExportScope): CoverageScope {
  if (scope.kind === "provider") return { kind: "provider", providerId: scope.providerId };
  if (scope.kind === "school") return { kind: "school", schoolId: scope.schoolId };
  return { kind: "all" };
}

/** Everything the key-date files (XLSX, CSV, PDF) print, for the viewer's scope. */
export async function getKeyDateExport(
  viewer: Viewer,
  date: IsoDate,
  request: ScopeRequest = {},
): Promise<KeyDateExport> {
  const scope = await resolveExportScope(viewer, request);
  const coverageScope = coverageScopeOf(scope);
  const [report, municipality, warnings] = await Promise.all([
    cachedCoverage(date, coverageScope),
    prisma.municipality.findFirst({ orderBy: { name: "asc" }, select: { name: true } }),
    exportWarnings(date, coverageScope),
  ]);
  return {
    date,
    createdOn: todayIso(),
    municipality: municipality?.name ?? "",
    scope,
    report,
    warnings,
  };
}

export type ExportKind = "xlsx" | "csv" | "pdf" | "data";

/** One audit event per export: which file, which key date, whose scope (ids only, no people). */
export async function recordExport(
  viewer: Viewer,
  kind: ExportKind,
  details: { date?: IsoDate; scope: ExportScope },
  requestId?: string,
): Promise<void> {
  const user = signedIn(viewer);
  await recordAudit(prisma, user, {
    action: `export.${kind}`,
    entity: "Export",
    after: { ...(details.date ? { keyDate: details.date } : {}), scope: scopeForAudit(details.scope) },
    requestId: requestId ?? null,
  });
}
