import "server-only";
import { prisma } from "../db.ts";
import type { CreateUserInput, UpdateUserInput } from "../schemas/user.ts";
import type { AuditContext } from "./internal/admin-actor.ts";
import type { AdminResult } from "./internal/admin-result.ts";
import * as admin from "./internal/user-admin.ts";
import type { Viewer } from "./viewer-types.ts";

// User administration for the app: the shared functions of internal/user-admin.ts bound to
// the app's database, for a viewer only. Each throws NotFoundError unless the viewer may
// manage users (docs/domain.md: ADMIN only).

export type { AdminResult } from "./internal/admin-result.ts";
export type { BindingOptions, UserDto, UserWithPassword } from "./internal/user-admin.ts";

export const listUsers = (viewer: Viewer): Promise<admin.UserDto[]> => admin.listUsers(prisma, viewer);

export const getUser = (viewer: Viewer, id: string): Promise<admin.UserDto> => admin.getUser(prisma, viewer, id);

export const listBindingOptions = (viewer: Viewer): Promise<admin.BindingOptions> =>
  admin.listBindingOptions(prisma, viewer);

export const createUser = (
  viewer: Viewer,
  input: CreateUserInput,
  context?: AuditContext,
): Promise<AdminResult<admin.UserWithPassword>> => admin.createUser(prisma, viewer, input, context);

export const updateUser = (
  viewer: Viewer,
  input: UpdateUserInput,
  context?: AuditContext,
): Promise<AdminResult<admin.UserDto>> => admin.updateUser(prisma, viewer, input, context);

export const setUserActive = (
  viewer: Viewer,
  id: string,
  active: boolean,
  context?: AuditContext,
): Promise<AdminResult<admin.UserDto>> => admin.setUserActive(prisma, viewer, id, active, context);

export const resetPassword = (
  viewer: Viewer,
  id: string,
  context?: AuditContext,
): Promise<AdminResult<admin.UserWithPassword>> => admin.resetPassword(prisma, viewer, id, context);

export const signOutEverywhere = (
  viewer: Viewer,
  id: string,
  context?: AuditContext,
): Promise<AdminResult<admin.UserDto>> => admin.signOutEverywhere(prisma, viewer, id, context);
