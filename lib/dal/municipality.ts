import "server-only";
import { prisma } from "../db.ts";
import type { Municipality } from "../generated/prisma/client.ts";
import { CONTACT_FIELDS, type ContactField, type UpdateContactInput } from "../schemas/municipality.ts";
import { requireAll } from "./authorization.ts";
import { NotFoundError } from "./errors.ts";
import type { WriteContext } from "./internal/master-data.ts";
import { writeInTransaction } from "./internal/transaction.ts";
import { versionedUpdate } from "./internal/versioned-update.ts";
import type { WriteResult } from "./internal/write-result.ts";
import type { Viewer } from "./viewer-types.ts";

// The municipality's coordination office contact (table municipality, one row: the first by
// name, as every reader takes it). Only the admin edits it, versioned and audited like any
// master-data record; everyone else is refused like a missing page.

const WHAT = "Kontaktstelle";

export type ContactValues = Record<ContactField, string>;
export type ContactCurrent = ContactValues & { version: string };
export type ContactForEdit = { id: string; municipality: string; version: number; values: ContactValues };

const valuesOf = (row: Municipality): ContactValues =>
  Object.fromEntries(CONTACT_FIELDS.map((field) => [field, row[field]])) as ContactValues;

const currentRow = () => prisma.municipality.findFirst({ orderBy: { name: "asc" } });

export async function getContactForEdit(viewer: Viewer): Promise<ContactForEdit> {
  await requireAll(prisma, viewer, { capability: "municipality.write", what: WHAT });
  const row = await currentRow();
  if (!row) throw new NotFoundError(WHAT);
  return { id: row.id, municipality: row.name, version: row.version, values: valuesOf(row) };
}

export async function updateContact(
  viewer: Viewer,
  input: UpdateContactInput,
  context: WriteContext = {},
): Promise<WriteResult<{ id: string }, ContactCurrent>> {
  const actor = await requireAll(prisma, viewer, { capability: "municipality.write", what: WHAT, entityId: input.id });
  const { id, version, ...fields } = input;
  return writeInTransaction<{ id: string }, ContactCurrent>(prisma, (tx) =>
    versionedUpdate(tx, {
      table: (t) => t.municipality,
      what: WHAT,
      entity: "Municipality",
      id,
      version,
      change: (before) => (CONTACT_FIELDS.every((field) => before[field] === fields[field]) ? null : fields),
      action: "municipality.contact_updated",
      snapshot: (row) => ({ ...valuesOf(row), version: row.version }),
      current: (row) => ({ ...valuesOf(row), version: String(row.version) }),
      actor,
      requestId: context.requestId,
    }),
  );
}
