import { type ImportOutcome, importScope, importWorkbook } from "@/lib/dal/import";
import { readLimitedFormData } from "@/lib/http/limited-form-data";
import { apiRoute } from "@/lib/http/route";
import { localeOr } from "@/lib/i18n/config";
import { describeIssues, type ImportErrorText } from "@/lib/import/describe";
import { fileIssue } from "@/lib/import/issues";
import { MAX_FILE_BYTES } from "@/lib/import/limits";

// POST /api/v1/import — multipart/form-data with the field `file` (XLSX or CSV), `?dryRun=1`
// for the preview. Session cookie or `Authorization: Bearer <token>`; the same rules and
// permissions as the /import page (admin: every sheet; provider: their own staff list).
//
// Answers { created, updated, unchanged, errors: [{ sheet, line, column, message }] } plus
// `dryRun`, `committed` and the counts per sheet: 200 without errors, 422 with errors (nothing
// written), 400 for a request without a file, 413 when the body is larger than any allowed
// file (with or without a Content-Length). Messages are German; `Accept-Language: en` gives English.

/** Room for the multipart envelope around a file of the maximum size. */
const MAX_BODY_BYTES = MAX_FILE_BYTES + 64 * 1024;

function localeOf(request: Request) {
  const first = request.headers.get("accept-language")?.split(",")[0]?.trim().slice(0, 2).toLowerCase();
  return localeOr(first);
}

function answer(status: number, errors: ImportErrorText[], outcome?: ImportOutcome): Response {
  const totals = outcome?.totals ?? { created: 0, updated: 0, unchanged: 0 };
  return Response.json(
    {
      ...totals,
      errors,
      dryRun: outcome?.dryRun ?? null,
      committed: outcome?.committed ?? false,
      sheets: (outcome?.sheets ?? []).map((sheet) => ({ sheet: sheet.name, ...sheet.counts })),
    },
    { status },
  );
}

export const POST = apiRoute(
  async (request, { viewer, requestId }) => {
    // Permission first: a refused caller learns nothing about its file.
    await importScope(viewer);
    const locale = localeOf(request);
    const refuse = (status: number, key: "noFile" | "tooLarge") =>
      answer(
        status,
        describeIssues([fileIssue(key, key === "tooLarge" ? { max: { bytes: MAX_FILE_BYTES } } : undefined)], locale),
      );
    const body = await readLimitedFormData(request, MAX_BODY_BYTES);
    if ("problem" in body) return body.problem === "tooLarge" ? refuse(413, "tooLarge") : refuse(400, "noFile");
    const file = body.form.get("file");
    if (!(file instanceof File)) return refuse(400, "noFile");
    if (file.size > MAX_FILE_BYTES) return refuse(413, "tooLarge");

    const dryRun = ["1", "true", "ja"].includes(new URL(request.url).searchParams.get("dryRun") ?? "");
    const outcome = await importWorkbook(
      viewer,
      { filename: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
      { dryRun, requestId },
    );
    const errors = describeIssues(outcome.issues, locale);
    return answer(errors.length > 0 ? 422 : 200, errors, outcome);
  },
  { auth: "required" },
);
