import { generateOneTimePassword, hashPassword } from "../../auth/password.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { message } from "../../i18n/message.ts";
import type { Role } from "../../permissions.ts";
import type { CreateUserInput, UpdateUserInput } from "../../schemas/user.ts";
import { NotFoundError } from "../errors.ts";
import { type Actor, type AdminDb, type AuditContext, actingUserId, auditAs, authorize } from "./admin-actor.ts";
import { type AdminResult, conflict, EMAIL_TAKEN, invalid, isDuplicateEmail, ok } from "./admin-result.ts";

// User administration shared by the app (lib/dal/users.ts) and the operator CLI: every
// function takes the database and the actor, checks `users.manage`, and writes its audit
// event in the same transaction as the change. Password hashes never leave this file.
//
// Whatever changes what a user may do (disabling, role or binding, a password reset,
// "sign out everywhere") bumps sessionVersion, which the session check compares on every
// request: the change takes effect on the user's next request, on every app instance.

export type UserDto = {
  id: string;
  email: string;
  name: string;
  role: Role;
  providerId: string | null;
  providerName: string | null;
  schoolId: string | null;
  schoolName: string | null;
  schoolNumber: string | null;
  active: boolean;
  mustChangePassword: boolean;
  lastSignInAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
};

const USER_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  providerId: true,
  schoolId: true,
  active: true,
  mustChangePassword: true,
  sessionVersion: true,
  lastSignInAt: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  provider: { select: { shortName: true } },
  school: { select: { name: true, schoolNumber: true } },
} satisfies Prisma.UserSelect;

type UserRow = Prisma.UserGetPayload<{ select: typeof USER_SELECT }>;
type Tx = Prisma.TransactionClient;

function toDto(row: UserRow): UserDto {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    providerId: row.providerId,
    providerName: row.provider?.shortName ?? null,
    schoolId: row.schoolId,
    schoolName: row.school?.name ?? null,
    schoolNumber: row.school?.schoolNumber ?? null,
    active: row.active,
    mustChangePassword: row.mustChangePassword,
    lastSignInAt: row.lastSignInAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** What the audit log keeps of a user: never the password hash. */
function snapshot(row: UserRow) {
  return {
    email: row.email,
    name: row.name,
    role: row.role,
    providerId: row.providerId,
    schoolId: row.schoolId,
    active: row.active,
    mustChangePassword: row.mustChangePassword,
    sessionVersion: row.sessionVersion,
  };
}

async function loadUser(tx: Tx, id: string): Promise<UserRow> {
  const row = await tx.user.findUnique({ where: { id }, select: USER_SELECT });
  if (!row) throw new NotFoundError("Zugang");
  return row;
}

/** Checks that the chosen provider or school exists; a field error otherwise. */
async function checkBinding(
  db: Tx | AdminDb,
  input: { providerId: string | null; schoolId: string | null },
): Promise<AdminResult<null>> {
  if (input.providerId && !(await db.provider.findUnique({ where: { id: input.providerId }, select: { id: true } }))) {
    return invalid(message("errors.checkInput"), { providerId: [message("users.errors.providerGone")] });
  }
  if (input.schoolId && !(await db.school.findUnique({ where: { id: input.schoolId }, select: { id: true } }))) {
    return invalid(message("errors.checkInput"), { schoolId: [message("users.errors.schoolGone")] });
  }
  return ok(null);
}

const emailTaken = () => invalid(EMAIL_TAKEN, { email: [EMAIL_TAKEN] });

export async function listUsers(db: AdminDb, actor: Actor): Promise<UserDto[]> {
  await authorize(db, actor, "users.manage");
  const rows = await db.user.findMany({ select: USER_SELECT, orderBy: [{ name: "asc" }, { email: "asc" }] });
  return rows.map(toDto);
}

export async function getUser(db: AdminDb, actor: Actor, id: string): Promise<UserDto> {
  await authorize(db, actor, "users.manage");
  const row = await db.user.findUnique({ where: { id }, select: USER_SELECT });
  if (!row) throw new NotFoundError("Zugang");
  return toDto(row);
}

export async function findUserIdByEmail(db: AdminDb, actor: Actor, email: string): Promise<string> {
  await authorize(db, actor, "users.manage");
  const row = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  if (!row) throw new NotFoundError("Zugang");
  return row.id;
}

export type UserWithPassword = { user: UserDto; oneTimePassword: string };

/** Creates a user with a one-time password that must be changed at the first sign-in. */
export async function createUser(
  db: AdminDb,
  actor: Actor,
  input: CreateUserInput,
  context: AuditContext = {},
): Promise<AdminResult<UserWithPassword>> {
  await authorize(db, actor, "users.manage");
  const binding = await checkBinding(db, input);
  if (!binding.ok) return binding;
  const oneTimePassword = generateOneTimePassword();
  // Hashing takes a while (argon2id); done before the transaction so it holds no locks meanwhile.
  const passwordHash = await hashPassword(oneTimePassword);
  try {
    const user = await db.$transaction(async (tx) => {
      const row = await tx.user.create({
        data: { ...input, passwordHash, mustChangePassword: true },
        select: USER_SELECT,
      });
      await auditAs(tx, actor, {
        action: "user.created",
        entity: "User",
        requestId: context.requestId,
        entityId: row.id,
        after: snapshot(row),
      });
      return row;
    });
    return ok({ user: toDto(user), oneTimePassword });
  } catch (error) {
    if (isDuplicateEmail(error)) return emailTaken();
    throw error;
  }
}

/**
 * Saves e-mail, name, role and binding, if the form's `version` is still current; a stale
 * form gets a conflict and changes nothing (the update is guarded by id AND version).
 */
export async function updateUser(
  db: AdminDb,
  actor: Actor,
  input: UpdateUserInput,
  context: AuditContext = {},
): Promise<AdminResult<UserDto>> {
  await authorize(db, actor, "users.manage");
  const { id, version, ...fields } = input;
  const binding = await checkBinding(db, fields);
  if (!binding.ok) return binding;
  try {
    return await db.$transaction(async (tx): Promise<AdminResult<UserDto>> => {
      const before = await loadUser(tx, id);
      if (before.version !== version) return conflict();
      const accessChanged =
        before.role !== fields.role || before.providerId !== fields.providerId || before.schoolId !== fields.schoolId;
      if (accessChanged && actingUserId(actor) === id) {
        return invalid(message("users.errors.ownRole"), { role: [message("users.errors.ownRoleField")] });
      }
      const changed = accessChanged || before.email !== fields.email || before.name !== fields.name;
      if (!changed) return ok(toDto(before));
      const { count } = await tx.user.updateMany({
        where: { id, version },
        data: {
          ...fields,
          version: { increment: 1 },
          ...(accessChanged ? { sessionVersion: { increment: 1 } } : {}),
        },
      });
      if (count === 0) return conflict();
      const after = await loadUser(tx, id);
      await auditAs(tx, actor, {
        action: "user.updated",
        entity: "User",
        requestId: context.requestId,
        entityId: id,
        before: snapshot(before),
        after: snapshot(after),
      });
      return ok(toDto(after));
    });
  } catch (error) {
    if (isDuplicateEmail(error)) return emailTaken();
    throw error;
  }
}

/** Disables (ends every session at once) or enables a user. Idempotent. */
export async function setUserActive(
  db: AdminDb,
  actor: Actor,
  id: string,
  active: boolean,
  context: AuditContext = {},
): Promise<AdminResult<UserDto>> {
  await authorize(db, actor, "users.manage");
  if (!active && actingUserId(actor) === id) {
    return invalid(message("users.errors.ownDisable"));
  }
  return db.$transaction(async (tx) => {
    const before = await loadUser(tx, id);
    if (before.active === active) return ok(toDto(before));
    const after = await tx.user.update({
      where: { id },
      data: {
        active,
        version: { increment: 1 },
        ...(active ? {} : { sessionVersion: { increment: 1 } }),
      },
      select: USER_SELECT,
    });
    await auditAs(tx, actor, {
      action: active ? "user.enabled" : "user.disabled",
      entity: "User",
      requestId: context.requestId,
      entityId: id,
      before: snapshot(before),
      after: snapshot(after),
    });
    return ok(toDto(after));
  });
}

/** Replaces the password with a new one-time password and ends every session. */
export async function resetPassword(
  db: AdminDb,
  actor: Actor,
  id: string,
  context: AuditContext = {},
): Promise<AdminResult<UserWithPassword>> {
  await authorize(db, actor, "users.manage");
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  return db.$transaction(async (tx) => {
    const before = await loadUser(tx, id);
    const after = await tx.user.update({
      where: { id },
      data: {
        passwordHash,
        mustChangePassword: true,
        sessionVersion: { increment: 1 },
        version: { increment: 1 },
      },
      select: USER_SELECT,
    });
    await auditAs(tx, actor, {
      action: "user.password_reset",
      entity: "User",
      requestId: context.requestId,
      entityId: id,
      before: snapshot(before),
      after: snapshot(after),
    });
    return ok({ user: toDto(after), oneTimePassword });
  });
}

/** Ends every session of a user on their next request (the account stays usable). */
export async function signOutEverywhere(
  db: AdminDb,
  actor: Actor,
  id: string,
  context: AuditContext = {},
): Promise<AdminResult<UserDto>> {
  await authorize(db, actor, "users.manage");
  return db.$transaction(async (tx) => {
    const before = await loadUser(tx, id);
    const after = await tx.user.update({
      where: { id },
      data: { sessionVersion: { increment: 1 } },
      select: USER_SELECT,
    });
    await auditAs(tx, actor, {
      action: "user.signed_out_everywhere",
      entity: "User",
      requestId: context.requestId,
      entityId: id,
      before: { sessionVersion: before.sessionVersion },
      after: { sessionVersion: after.sessionVersion },
    });
    return ok(toDto(after));
  });
}

export type BindingOptions = {
  providers: { id: string; label: string }[];
  schools: { id: string; label: string }[];
};

/** The providers and schools a user can be bound to, for the form's selects. */
export async function listBindingOptions(db: AdminDb, actor: Actor): Promise<BindingOptions> {
  await authorize(db, actor, "users.manage");
  const [providers, schools] = await Promise.all([
    db.provider.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.school.findMany({ select: { id: true, name: true, schoolNumber: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    providers: providers.map((provider) => ({ id: provider.id, label: provider.name })),
    schools: schools.map((school) => ({ id: school.id, label: `${school.name} (${school.schoolNumber})` })),
  };
}

/** For the CLI: a provider by name or short name (case-insensitive), a school by Schulnummer. */
export async function resolveBinding(
  db: AdminDb,
  actor: Actor,
  ref: { provider?: string; school?: string },
): Promise<AdminResult<{ providerId?: string; schoolId?: string }>> {
  await authorize(db, actor, "users.manage");
  const found: { providerId?: string; schoolId?: string } = {};
  if (ref.provider !== undefined) {
    const name = ref.provider.trim();
    const matches = await db.provider.findMany({
      where: {
        OR: [{ name: { equals: name, mode: "insensitive" } }, { shortName: { equals: name, mode: "insensitive" } }],
      },
      select: { id: true },
      take: 2,
    });
    if (matches.length !== 1 || !matches[0]) {
      const known = await db.provider.findMany({ select: { shortName: true }, orderBy: { shortName: "asc" } });
      const names = known.map((p) => p.shortName).join(", ");
      return invalid(
        names
          ? message("users.errors.unknownProvider", { name, known: names })
          : message("users.errors.unknownProviderNoneKnown", { name }),
      );
    }
    found.providerId = matches[0].id;
  }
  if (ref.school !== undefined) {
    const number = ref.school.trim();
    const school = /^\d{6}$/.test(number)
      ? await db.school.findUnique({ where: { schoolNumber: number }, select: { id: true } })
      : null;
    if (!school) return invalid(message("users.errors.unknownSchool", { number }));
    found.schoolId = school.id;
  }
  return ok(found);
}
