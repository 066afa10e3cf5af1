import "server-only";
import { prisma } from "../db.ts";
import type { Municipality } from "../generated/prisma/client.ts";
import type { ThresholdInput } from "../schemas/warning-settings.ts";
import { requireAll } from "./authorization.ts";
import { NotFoundError } from "./errors.ts";
import type { WriteContext } from "./internal/master-data.ts";
import { writeInTransaction } from "./internal/transaction.ts";
import { versionedUpdate } from "./internal/versioned-update.ts";
import type { WriteResult } from "./internal/write-result.ts";
import type { Viewer } from "./viewer-types.ts";

// The pupils-per-FTE threshold of the warnings (lib/warnings/sql.ts reads it from the first
// municipality by name, so this edits the same row). Admin only ("settings.write"); the
// write is the versioned, audited update every master-data record uses.

const WHAT = "Einstellungen";

export type ThresholdForEdit = { id: string; version: number; threshold: number };
export type ThresholdCurrent = { pupilsPerFteThreshold: string; version: string };

const firstMunicipality = (db: Pick<typeof prisma, "municipality">) =>
  db.municipality.findFirst({ orderBy: { name: "asc" } });

export const thresholdSnapshot = (row: Municipality) => ({
  pupilsPerFteThreshold: row.pupilsPerFteThreshold,
  version: row.version,
});

const currentOf = (row: Municipality): ThresholdCurrent => ({
  pupilsPerFteThreshold: String(row.pupilsPerFteThreshold),
  version: String(row.version),
});

/**
 * The threshold and the version its form saves against; NotFound for everyone but an admin.
 * Null before a municipality is set up (the warnings then use the default, nothing to edit).
 */
export async function getThresholdForEdit(viewer: Viewer): Promise<ThresholdForEdit | null> {
  await requireAll(prisma, viewer, { capability: "settings.write", what: WHAT });
  const row = await firstMunicipality(prisma);
  return row ? { id: row.id, version: row.version, threshold: row.pupilsPerFteThreshold } : null;
}

export async function updatePupilsPerFteThreshold(
  viewer: Viewer,
  input: ThresholdInput,
  context: WriteContext = {},
): Promise<WriteResult<{ id: string }, ThresholdCurrent>> {
  const actor = await requireAll(prisma, viewer, { capability: "settings.write", what: WHAT, entityId: input.id });
  return writeInTransaction<{ id: string }, ThresholdCurrent>(prisma, async (tx) => {
    // Only the row the warnings read: an id of another municipality is not this setting.
    const first = await firstMunicipality(tx);
    if (first?.id !== input.id) throw new NotFoundError(WHAT);
    return versionedUpdate(tx, {
      table: (t) => t.municipality,
      what: WHAT,
      entity: "Municipality",
      id: input.id,
      version: input.version,
      change: (before) =>
        before.pupilsPerFteThreshold === input.pupilsPerFteThreshold
          ? null
          : { pupilsPerFteThreshold: input.pupilsPerFteThreshold },
      action: "settings.threshold_updated",
      snapshot: thresholdSnapshot,
      current: currentOf,
      actor,
      requestId: context.requestId,
    });
  });
}
