import { createApiTokenSecret } from "../../auth/api-token-format.ts";
import { addDays } from "../../coverage/dates.ts";
import type { IsoDate } from "../../coverage/types.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { message } from "../../i18n/message.ts";
import { startOfDay, todayIso } from "../../key-date.ts";
import type { Role } from "../../permissions.ts";
import type { CreateApiTokenInput } from "../../schemas/api-token.ts";
import { NotFoundError } from "../errors.ts";
import { type Actor, type AdminDb, type AuditContext, auditAs, authorize } from "./admin-actor.ts";
import { type AdminResult, invalid, ok } from "./admin-result.ts";

// API token administration shared by the app (lib/dal/api-tokens.ts) and the CLI. A token
// acts with the rights of its user. It is shown once, when created; the database keeps only
// its SHA-256 (lib/auth/api-token-format.ts) and first characters.

export type ApiTokenDto = {
  id: string;
  name: string;
  prefix: string;
  userId: string;
  userEmail: string;
  userName: string;
  userRole: Role;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date;
};

/** The latest last day a new token may have: three years from today. */
export const MAX_TOKEN_DAYS = 3 * 365 + 1;

/**
 * When a token with last day `expiresOn` stops working: the start of the next day in the
 * municipality's time zone. Null when the day is not between tomorrow and MAX_TOKEN_DAYS ahead.
 */
export function expiryOf(expiresOn: IsoDate, today: IsoDate = todayIso()): Date | null {
  if (expiresOn <= today || expiresOn > addDays(today, MAX_TOKEN_DAYS)) return null;
  return startOfDay(addDays(expiresOn, 1));
}

const TOKEN_SELECT = {
  id: true,
  name: true,
  prefix: true,
  userId: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  expiresAt: true,
  user: { select: { email: true, name: true, role: true } },
} satisfies Prisma.ApiTokenSelect;

type TokenRow = Prisma.ApiTokenGetPayload<{ select: typeof TOKEN_SELECT }>;

function toDto(row: TokenRow): ApiTokenDto {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    userId: row.userId,
    userEmail: row.user.email,
    userName: row.user.name,
    userRole: row.user.role,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
    expiresAt: row.expiresAt,
  };
}

/** What the audit log keeps of a token: never the token or its hash. */
function snapshot(row: TokenRow) {
  return {
    userId: row.userId,
    userEmail: row.user.email,
    name: row.name,
    prefix: row.prefix,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt.toISOString(),
  };
}

export async function listApiTokens(
  db: AdminDb,
  actor: Actor,
  filter: { userId?: string } = {},
): Promise<ApiTokenDto[]> {
  await authorize(db, actor, "apiTokens.manage");
  const rows = await db.apiToken.findMany({
    where: filter.userId ? { userId: filter.userId } : {},
    select: TOKEN_SELECT,
    // Active tokens first, newest first.
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
  });
  return rows.map(toDto);
}

export type NewApiToken = { token: string; apiToken: ApiTokenDto };

/** Creates a token for a user; the returned `token` is the only time it is ever visible. */
export async function createApiToken(
  db: AdminDb,
  actor: Actor,
  input: CreateApiTokenInput,
  context: AuditContext = {},
): Promise<AdminResult<NewApiToken>> {
  await authorize(db, actor, "apiTokens.manage");
  // Absent: the column's default, one year from now.
  const expiresAt = input.expiresOn ? expiryOf(input.expiresOn) : undefined;
  if (expiresAt === null) {
    return invalid(message("errors.checkInput"), { expiresOn: [message("tokens.errors.expiryRange")] });
  }
  const secret = createApiTokenSecret();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { active: true } });
    if (!user) {
      return invalid(message("errors.checkInput"), { userId: [message("tokens.errors.userGone")] });
    }
    if (!user.active) {
      return invalid(message("tokens.errors.userDisabled"), { userId: [message("tokens.errors.userDisabledField")] });
    }
    const row = await tx.apiToken.create({
      data: { userId: input.userId, name: input.name, tokenHash: secret.tokenHash, prefix: secret.prefix, expiresAt },
      select: TOKEN_SELECT,
    });
    await auditAs(tx, actor, {
      action: "api_token.created",
      entity: "ApiToken",
      entityId: row.id,
      after: snapshot(row),
      requestId: context.requestId,
    });
    return ok({ token: secret.token, apiToken: toDto(row) });
  });
}

/** Revokes a token for good (idempotent: a revoked token stays revoked as it was). */
export async function revokeApiToken(
  db: AdminDb,
  actor: Actor,
  id: string,
  context: AuditContext = {},
): Promise<ApiTokenDto> {
  await authorize(db, actor, "apiTokens.manage");
  return db.$transaction(async (tx) => {
    const before = await tx.apiToken.findUnique({ where: { id }, select: TOKEN_SELECT });
    if (!before) throw new NotFoundError("Token");
    if (before.revokedAt) return toDto(before);
    // Guarded by "not yet revoked", so two concurrent revocations record one event.
    const { count } = await tx.apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
    const after = await tx.apiToken.findUniqueOrThrow({ where: { id }, select: TOKEN_SELECT });
    if (count === 0) return toDto(after);
    await auditAs(tx, actor, {
      action: "api_token.revoked",
      entity: "ApiToken",
      entityId: id,
      requestId: context.requestId,
      before: snapshot(before),
      after: snapshot(after),
    });
    return toDto(after);
  });
}
