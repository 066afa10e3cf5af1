"use server";

import { cookies, headers } from "next/headers";
import type { ImportState } from "@/components/import/import-state";
import { NotFoundError, UnauthenticatedError } from "@/lib/dal/errors";
import { importWorkbook } from "@/lib/dal/import";
import { getViewer } from "@/lib/dal/viewer";
import { requestIdFrom } from "@/lib/http/request-id";
import { LOCALE_COOKIE, localeOr } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translator";
import { describeIssues } from "@/lib/import/describe";
import { sha256 } from "@/lib/import/read";

// The /import page: a dry run of the uploaded file (preview), then the commit of the same
// file. Nothing is kept on the server between the two (several app instances, no session
// state): the browser sends the file again with the preview's SHA-256, the commit refuses a
// different file, and it validates everything again inside its transaction — the preview is
// never trusted, it only tells the person what will happen.

async function run(data: FormData, commit: boolean): Promise<ImportState> {
  // The visitor's language from the cookie, as lib/i18n/request.ts reads it for pages.
  const locale = localeOr((await cookies()).get(LOCALE_COOKIE)?.value);
  const t = translator("importing", locale);
  const file = data.get("file");
  if (!(file instanceof File) || file.size === 0 || file.name === "") return { message: t("form.chooseFile") };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const hash = sha256(bytes);
  if (commit && data.get("hash") !== hash) return { message: t("errors.fileChanged") };
  const [viewer, requestHeaders] = await Promise.all([getViewer(), headers()]);
  try {
    const outcome = await importWorkbook(
      viewer,
      { filename: file.name, bytes },
      { dryRun: !commit, requestId: requestIdFrom(requestHeaders) },
    );
    return {
      phase: outcome.committed ? "committed" : "preview",
      filename: outcome.filename,
      hash,
      sheets: outcome.sheets.map((sheet) => ({ sheet: sheet.name, ...sheet.counts })),
      totals: outcome.totals,
      errors: describeIssues(outcome.issues, locale),
      errorCount: outcome.issues.length,
    };
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof UnauthenticatedError)
      return { message: t("errors.forbidden") };
    throw error;
  }
}

/** Checks the file and shows what an import would do; writes nothing. */
export async function previewImportAction(_previous: ImportState, data: FormData): Promise<ImportState> {
  return run(data, false);
}

/** Imports the previewed file (the same bytes: `hash` from the preview), all or nothing. */
export async function commitImportAction(_previous: ImportState, data: FormData): Promise<ImportState> {
  return run(data, true);
}
