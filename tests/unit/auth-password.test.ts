import { describe, expect, it } from "vitest";
import { isCommonPassword } from "../../lib/auth/common-passwords.ts";
import {
  checkNewPassword,
  generateOneTimePassword,
  hashPassword,
  PASSWORD_MAX_LENGTH,
  verifyPassword,
} from "../../lib/auth/password.ts";
import { messageText } from "../../lib/i18n/message-text.ts";

const account = { email: "erika.mustermann@herne.de", name: "Erika Mustermann" };

/** The rule a password breaks, as the German text the person reads (null when it is fine). */
function check(password: string, owner: { email?: string | null; name?: string | null }): string | null {
  const broken = checkNewPassword(password, owner);
  return broken && messageText(broken);
}

describe("checkNewPassword", () => {
  it("accepts a long passphrase without composition rules", () => {
    expect(check("pferd batterie heftklammer", account)).toBeNull();
    expect(check("zwölf zeichen", account)).toBeNull();
  });

  it("counts Unicode code points, not UTF-16 units", () => {
    // 11 emoji are 22 UTF-16 units but 11 characters: too short.
    expect(check("🐴🔋📎🐴🔋📎🐴🔋📎🐴🔋", account)).toMatch(/mindestens 12 Zeichen/);
    expect(check("🐴🔋📎🐴🔋📎🐴🔋📎🐴🔋✅", account)).toBeNull();
    expect(check("ä".repeat(64) + "ö".repeat(64), account)).toBeNull();
  });

  it("refuses fewer than 12 and more than 128 characters", () => {
    expect(check("elf zeichen", account)).toBe("Das Passwort muss mindestens 12 Zeichen lang sein.");
    expect(check("x".repeat(5) + "y".repeat(PASSWORD_MAX_LENGTH - 4), account)).toBe(
      "Das Passwort darf höchstens 128 Zeichen lang sein.",
    );
  });

  it("refuses list entries, also with digits and symbols appended, and repetitions", () => {
    const common = /zu verbreitet/;
    expect(check("passwort1234", account)).toMatch(common); // the list's "passwort123" + digit
    expect(check("schalke04!!!2024", account)).toMatch(common);
    expect(check("1234567890123", account)).toMatch(common);
    expect(check("Qwertzuiop2024!", account)).toMatch(common); // case does not matter
    expect(check("dragondragondragon", account)).toMatch(common);
    expect(check("mustangmustang99", account)).toMatch(common);
    expect(check("aaaaaaaaaaaaaaa", account)).toMatch(common);
    expect(check("abcabcabcabc", account)).toMatch(common);
    expect(check("stellwerk2026!", account)).toMatch(common); // local addition
  });

  it("does not refuse a word that merely contains a list entry", () => {
    expect(isCommonPassword("dragonfruchtsaft")).toBe(false);
    expect(isCommonPassword("sommer im ruhrpott")).toBe(false);
  });

  it("refuses the account's own e-mail address and name", () => {
    const own = "Das Passwort darf nicht Ihrer E-Mail-Adresse oder Ihrem Namen entsprechen.";
    expect(check("Erika.Mustermann@herne.de", account)).toBe(own);
    expect(check("erika.mustermann", { ...account, name: "E. M." })).toBe(own);
    expect(check("erikamustermann", { email: "em@herne.de", name: "Erika Mustermann" })).toBe(own);
  });
});

describe("generateOneTimePassword", () => {
  it("gives 4 groups of 5 unambiguous characters, different each time, that pass the rules", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const password = generateOneTimePassword();
      expect(password).toMatch(/^[a-hjkmnp-z2-9]{5}(-[a-hjkmnp-z2-9]{5}){3}$/);
      expect(password).not.toMatch(/[01ilo]/);
      seen.add(password);
    }
    expect(seen.size).toBe(200);
    expect(check(generateOneTimePassword(), account)).toBeNull();
  });
});

describe("hashPassword / verifyPassword", () => {
  it("hashes with argon2id, m=19456, t=2, p=1, and verifies", async () => {
    const hash = await hashPassword("pferd batterie heftklammer");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "pferd batterie heftklammer")).toBe(true);
    expect(await verifyPassword(hash, "pferd batterie heftklammer ")).toBe(false);
  });

  it("treats composed and decomposed Unicode as the same password", async () => {
    const hash = await hashPassword("grüße aus herne");
    expect(await verifyPassword(hash, "gru\u0308ße aus herne")).toBe(true);
  });

  it("answers false, not an exception, for an unreadable hash", async () => {
    expect(await verifyPassword("kein hash", "irgendwas")).toBe(false);
  });
});
