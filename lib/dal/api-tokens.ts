import "server-only";
import { prisma } from "../db.ts";
import type { CreateApiTokenInput } from "../schemas/api-token.ts";
import type { AuditContext } from "./internal/admin-actor.ts";
import type { AdminResult } from "./internal/admin-result.ts";
import * as admin from "./internal/api-token-admin.ts";
import type { Viewer } from "./viewer-types.ts";

// API token administration for the app (ADMIN only; NotFoundError for everyone else).
// Looking a presented token up for a request is the sign-in layer's job (hashApiToken).

export type { ApiTokenDto, NewApiToken } from "./internal/api-token-admin.ts";
export { MAX_TOKEN_DAYS } from "./internal/api-token-admin.ts";

export const listApiTokens = (viewer: Viewer, filter: { userId?: string } = {}): Promise<admin.ApiTokenDto[]> =>
  admin.listApiTokens(prisma, viewer, filter);

export const createApiToken = (
  viewer: Viewer,
  input: CreateApiTokenInput,
  context?: AuditContext,
): Promise<AdminResult<admin.NewApiToken>> => admin.createApiToken(prisma, viewer, input, context);

export const revokeApiToken = (viewer: Viewer, id: string, context?: AuditContext): Promise<admin.ApiTokenDto> =>
  admin.revokeApiToken(prisma, viewer, id, context);
