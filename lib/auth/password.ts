import { randomInt } from "node:crypto";
import { type Algorithm, hash, verify } from "@node-rs/argon2";
import { type Message, message } from "../i18n/message.ts";
import { isCommonPassword } from "./common-passwords.ts";

// Password hashing and the rules for new passwords (NIST SP 800-63B / OWASP): a minimum
// length, no composition rules, refused when common or equal to the account's own e-mail or
// name. Used by sign-in, the own-password page, user administration and the CLI.

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

// OWASP's argon2id parameters: 19 MiB, 2 passes, 1 lane.
const ARGON2_OPTIONS = {
  algorithm: 2 as Algorithm.Argon2id, // a declared const enum; isolatedModules forbids reading it
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

/**
 * The same password typed on different devices can arrive in different Unicode forms
 * ("é" as one or two code points); NIST asks to normalise before hashing and counting.
 */
function normalize(password: string): string {
  return password.normalize("NFKC");
}

export async function hashPassword(password: string): Promise<string> {
  return hash(normalize(password), ARGON2_OPTIONS);
}

/** False for a wrong password and for a hash that cannot be read (never throws for those). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, normalize(password));
  } catch {
    return false;
  }
}

// A valid argon2id hash of a random password nobody knows: verifying against it costs the
// same as verifying a real user's password, so an unknown e-mail answers as slowly as a
// wrong password. Computed once per process.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(generateOneTimePassword());
  return dummyHash;
}

const codePoints = (text: string) => [...text].length;
const squash = (text: string) => text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");

/**
 * Checks a new password. Returns the rule it breaks (a message for the user), or null when it is fine.
 * `email` and `name` are the account's own; a password equal to either is refused.
 */
export function checkNewPassword(
  password: string,
  account: { email?: string | null; name?: string | null },
): Message | null {
  const normalized = normalize(password);
  const length = codePoints(normalized);
  if (length < PASSWORD_MIN_LENGTH) {
    return message("account.passwordRules.tooShort", { min: PASSWORD_MIN_LENGTH });
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return message("account.passwordRules.tooLong", { max: PASSWORD_MAX_LENGTH });
  }
  const candidate = squash(normalized);
  const email = account.email ? squash(account.email) : "";
  const own = [email, email.split("@")[0] ?? "", account.name ? squash(account.name) : ""].filter(
    (value) => value.length > 0,
  );
  if (own.includes(candidate)) {
    return message("account.passwordRules.ownData");
  }
  if (isCommonPassword(normalized)) {
    return message("account.passwordRules.common");
  }
  return null;
}

// No 0/O, 1/l/I: one-time passwords are read aloud, printed and typed by hand.
const ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/**
 * A one-time password for a new account or a reset: 4 groups of 5 characters from an
 * unambiguous alphabet (about 99 bits), e.g. "k7mpq-x3vhz-9trwa-e4ncs".
 */
export function generateOneTimePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let group = "";
    for (let i = 0; i < 5; i++) group += ONE_TIME_ALPHABET[randomInt(ONE_TIME_ALPHABET.length)];
    groups.push(group);
  }
  return groups.join("-");
}
