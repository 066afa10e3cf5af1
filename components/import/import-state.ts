import type { ImportErrorText } from "@/lib/import/describe";

// What the /import page's server actions answer (useActionState): texts already in the
// reader's language; the file's SHA-256 so that the commit can insist on the previewed file.

export type SheetCountsRow = { sheet: string; created: number; updated: number; unchanged: number };

export type ImportState = {
  /** A message for the whole form (no file, not allowed, file changed since the preview). */
  message?: string;
  phase?: "preview" | "committed";
  filename?: string;
  hash?: string;
  sheets?: SheetCountsRow[];
  totals?: { created: number; updated: number; unchanged: number };
  /** Every problem found (the list may stop at a limit and count the rest in its last line). */
  errors?: ImportErrorText[];
  errorCount?: number;
};
