import "server-only";
import type { IsoDate } from "../coverage/types.ts";
import { prisma } from "../db.ts";
import { staffRetentionYears } from "../env.ts";
import { todayIso } from "../key-date.ts";
import type { AnonymiseInput } from "../schemas/privacy.ts";
import type { AuditContext } from "./internal/admin-actor.ts";
import * as privacy from "./internal/privacy-admin.ts";
import type { Viewer } from "./viewer-types.ts";

// Data protection for the app: the functions of internal/privacy-admin.ts bound to the app's
// database and clock, for a viewer only. Each throws NotFoundError (audited) unless the viewer
// holds `privacy.manage` (ADMIN). The retention period comes from STAFF_RETENTION_YEARS; the
// day is today in the municipality's time zone (tests pass their own clock).

export type {
  AnonymisationPreview,
  AnonymisationResult,
  RetentionClock,
  StaffChoice,
  StaffExport,
} from "./internal/privacy-admin.ts";
export { STAFF_SEARCH_LIMIT } from "./internal/privacy-admin.ts";

const clockOf = (clock?: Partial<privacy.RetentionClock>): privacy.RetentionClock => ({
  today: clock?.today ?? todayIso(),
  years: clock?.years ?? staffRetentionYears(),
});

export const exportStaffMember = (viewer: Viewer, staffId: string, context?: AuditContext) =>
  privacy.exportStaffMember(prisma, viewer, staffId, context);

export const searchStaffForPrivacy = (viewer: Viewer, query: string) => privacy.searchStaff(prisma, viewer, query);

export const previewAnonymisation = (viewer: Viewer, clock?: Partial<privacy.RetentionClock>) =>
  privacy.previewAnonymisation(prisma, viewer, clockOf(clock));

export const anonymiseStaff = (
  viewer: Viewer,
  confirmed: Pick<AnonymiseInput, "cutoff" | "expected">,
  context?: AuditContext,
  clock?: { today?: IsoDate; years?: number },
) => privacy.anonymiseStaff(prisma, viewer, confirmed, clockOf(clock), context);
