// Text as people paste it into spreadsheets: invisible characters (zero-width space, BOM,
// soft hyphen), non-breaking spaces and runs of blanks are removed before anything is
// compared or stored.

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Printable ASCII without doubled, leading or trailing blanks: nothing to clean (the usual case). */
const ALREADY_CLEAN = /^(?:[!-~]+(?: [!-~]+)*)?$/;

export function cleanText(value: string): string {
  if (ALREADY_CLEAN.test(value)) return value;
  return value.normalize("NFC").replace(INVISIBLE, "").replace(SPACES, " ").trim();
}
