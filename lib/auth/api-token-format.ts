import { createHash, randomBytes } from "node:crypto";

// API tokens: "stw_" + 32 random bytes as base64url (256 bits). Only the SHA-256 of the
// token is stored (a fast hash is enough: the secret is random, not a password), plus its
// first characters to recognise it in lists. The token itself is shown once.

export const API_TOKEN_PREFIX = "stw_";
/** How many leading characters are stored and shown (e.g. "stw_AbCd"). */
export const API_TOKEN_PREFIX_LENGTH = 8;

const TOKEN_PATTERN = /^stw_[A-Za-z0-9_-]{43}$/;

export type ApiTokenSecret = {
  /** The token to hand to the user, once. */
  token: string;
  /** SHA-256 hex of the token, for the `tokenHash` column. */
  tokenHash: string;
  /** The first characters of the token, for the `prefix` column. */
  prefix: string;
};

export function createApiTokenSecret(): ApiTokenSecret {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, API_TOKEN_PREFIX_LENGTH) };
}

/** SHA-256 hex of a token as presented (e.g. in `Authorization: Bearer …`). */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Whether a string has the shape of a Stellwerk token (cheap pre-check before a lookup). */
export function looksLikeApiToken(candidate: string): boolean {
  return TOKEN_PATTERN.test(candidate);
}
