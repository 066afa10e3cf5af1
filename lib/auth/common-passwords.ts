import fs from "node:fs";
import path from "node:path";

// The list of common passwords (common-passwords.txt, next to this file; its header names the
// source). Read once, on first use. The file is looked up from the working directory first
// (`next start` and the Docker image run from the project root, where the bundler cannot move
// it away) and then next to this module (tsx, Vitest).

let list: Set<string> | undefined;

function readList(): string {
  try {
    // A fixed path, so that Next's output tracing includes exactly this file.
    return fs.readFileSync(path.join(process.cwd(), "lib", "auth", "common-passwords.txt"), "utf8");
  } catch (error) {
    // tsx and Vitest started from another directory: the file next to this module.
    if (typeof import.meta.dirname !== "string") throw error;
    return fs.readFileSync(/*turbopackIgnore: true*/ path.join(import.meta.dirname, "common-passwords.txt"), "utf8");
  }
}

function load(): Set<string> {
  // Failing loudly (an exception) beats silently accepting every common password.
  const entries = readList()
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith("#"));
  return new Set(entries);
}

function commonList(): Set<string> {
  list ??= load();
  return list;
}

/** Digits, punctuation, symbols and spaces: what people append to a word ("passwort2024!"). */
const NOT_A_LETTER = /^[^\p{L}]*$/u;

/** The entry itself, or the entry followed only by digits and symbols. */
function isListedWithSuffix(text: string, entries: Set<string>): boolean {
  if (entries.has(text)) return true;
  // Try every split where the rest holds no letter, longest prefix first.
  for (let end = text.length - 1; end > 0; end--) {
    if (!NOT_A_LETTER.test(text.slice(end))) break;
    if (entries.has(text.slice(0, end))) return true;
  }
  return false;
}

/** The shortest unit that `text` repeats (the text itself when it repeats nothing). */
function repeatedUnit(text: string): string {
  const chars = [...text];
  for (let size = 1; size <= chars.length / 2; size++) {
    if (chars.length % size !== 0) continue;
    const unit = chars.slice(0, size).join("");
    if (unit.repeat(chars.length / size) === text) return unit;
  }
  return text;
}

/**
 * Whether a password is on the list, alone, followed by digits and symbols, or repeated
 * ("passwortpasswort", and any short unit repeated: "aaaaaaaaaaaa", "abcabcabcabc").
 * Compared in lower case.
 */
export function isCommonPassword(password: string): boolean {
  const entries = commonList();
  const text = password.normalize("NFKC").toLowerCase();
  if (isListedWithSuffix(text, entries)) return true;
  // Repetitions, also when followed by digits and symbols ("passwortpasswort123").
  const withoutSuffix = text.replace(/[^\p{L}]+$/u, "");
  for (const candidate of new Set([text, withoutSuffix])) {
    const unit = repeatedUnit(candidate);
    if (unit !== candidate && ([...unit].length <= 4 || isListedWithSuffix(unit, entries))) return true;
  }
  return false;
}
