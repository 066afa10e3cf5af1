import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NAMESPACES } from "../../lib/i18n/catalog.ts";
import { isMessageKey, messageText } from "../../lib/i18n/message-text.ts";

// lib/ hands catalog keys to the UI. message("…") is type-checked, but zod messages are plain
// strings ("users.errors.emailRequired"): a typo there would silently become "invalid". Every
// string in lib/ that looks like such a key (a namespace and at least two more segments; two
// segments are capabilities and audit actions, "users.manage") must name a catalog entry.

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : files(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

const KEY_LITERAL = new RegExp(`["'\`]((?:${NAMESPACES.join("|")})(?:\\.[A-Za-z0-9_]+){2,})["'\`]`, "g");

describe("message keys in lib/", () => {
  it("name entries of the catalogs", () => {
    const unknown = files("lib").flatMap((file) =>
      [...fs.readFileSync(file, "utf8").matchAll(KEY_LITERAL)]
        .map((match) => match[1] ?? "")
        .filter((key) => !isMessageKey(key))
        .map((key) => `${file}: ${key}`),
    );
    expect(unknown).toEqual([]);
  });

  it("translate with their values, in German by default and in English", () => {
    const tooShort = { key: "account.passwordRules.tooShort", values: { min: 12 } } as const;
    expect(messageText(tooShort)).toBe("Das Passwort muss mindestens 12 Zeichen lang sein.");
    expect(messageText(tooShort, "en")).toBe("The password must be at least 12 characters long.");
    expect(isMessageKey("account.passwordRules")).toBe(false);
    expect(isMessageKey("account.passwordRules.tooShrt")).toBe(false);
  });
});
