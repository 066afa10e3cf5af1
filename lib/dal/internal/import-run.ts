import { ruleViolation } from "../../db-errors.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { SHEET_BY_KEY, SHEETS, type SheetKey } from "../../import/format.ts";
import { fileIssue, type ImportIssue, sortIssues } from "../../import/issues.ts";
import { PARSE_HEAP_LIMITS, ParseWorkerFailed, prepareOffThread } from "../../import/parse-off-thread.ts";
import type { PreparedImport, PreparedSheet } from "../../import/prepared.ts";
import { type ImportFile, sha256 } from "../../import/read.ts";
import { reachOf } from "../../permissions.ts";
import { recordAudit } from "../audit.ts";
import { denyAccess } from "../authorization.ts";
import { UnauthenticatedError } from "../errors.ts";
import type { Viewer } from "../viewer-types.ts";
import { applyStaged } from "./import-apply.ts";
import { auditImportedRecords, snapshotsBeforeWrite } from "./import-audit.ts";
import { checkStaged } from "./import-checks.ts";
import { countActions, type Present, stageImport } from "./import-stage.ts";

// An import, from the uploaded bytes to the database: permission, parsing and validation
// (lib/import), then staging, checks and — for a commit without a single issue — the writes,
// the import's audit event and one entry per record written (part of it), all in ONE
// transaction. A dry run takes the same path and rolls back, so its preview is exactly what a
// commit would do. Nothing is ever written when there is an
// issue; a rule the database enforces that the checks missed becomes an issue too, never a 500.

export type SheetCounts = { created: number; updated: number; unchanged: number };

export type ImportOutcome = {
  filename: string;
  /** SHA-256 of the bytes (the commit in the UI must send the file that was previewed). */
  hash: string;
  dryRun: boolean;
  /** True only when the import was written. */
  committed: boolean;
  /** Per sheet of the file, in the format's order. */
  sheets: { key: SheetKey; name: string; counts: SheetCounts }[];
  totals: SheetCounts;
  issues: ImportIssue[];
};

export type ImportOptions = {
  dryRun: boolean;
  requestId?: string | null;
  /** Called with the duration of each phase (for the benchmark). */
  onPhase?: (phase: "parse" | "stage" | "check" | "write" | "audit", milliseconds: number) => void;
  /** The parse worker's heap limits (tests give it too little to see the refusal). */
  parseLimits?: typeof PARSE_HEAP_LIMITS;
};

/** What a viewer may import: everything (admin) or their own provider's staff list. */
export type ImportScope = { kind: "all" } | { kind: "provider"; providerId: string };

type AuditDb = Parameters<typeof denyAccess>[0];

/** Throws for anyone without the import capability (401 anonymous, 404 others, audited). */
export async function importScopeOf(db: AuditDb, viewer: Viewer): Promise<ImportScope> {
  if (viewer.kind !== "user") throw new UnauthenticatedError();
  const reach = reachOf(viewer.role, "import.run");
  if (reach === "all") return { kind: "all" };
  if (reach === "own" && viewer.role === "PROVIDER" && viewer.providerId) {
    return { kind: "provider", providerId: viewer.providerId };
  }
  return denyAccess(db, viewer, { capability: "import.run", what: "Import" });
}

const zero = (): SheetCounts => ({ created: 0, updated: 0, unchanged: 0 });

function presentColumns(sheets: PreparedSheet[]): Present {
  const present = Object.fromEntries(SHEETS.map((sheet) => [sheet.key, new Set<string>()])) as Present;
  for (const sheet of sheets) for (const field of sheet.headers.keys()) present[sheet.key].add(field);
  return present;
}

/** Issues found in SQL carry the sheet and field; the file's own names are put back here. */
function locate(sheets: PreparedSheet[], issue: Awaited<ReturnType<typeof checkStaged>>[number]): ImportIssue {
  const sheet = sheets.find((candidate) => candidate.key === issue.sheet);
  const column = SHEET_BY_KEY[issue.sheet].columns.find((candidate) => candidate.field === issue.field);
  return {
    sheet: sheet?.name ?? SHEET_BY_KEY[issue.sheet].name,
    sheetKey: issue.sheet,
    line: issue.line,
    column: sheet?.headers.get(issue.field) ?? column?.header ?? issue.field,
    key: issue.key,
    params: issue.params,
  };
}

/**
 * Parses and checks the file in the parse worker (lib/import/parse-off-thread.ts), so that
 * other users' pages keep answering. A worker that cannot finish (out of its bounded memory)
 * makes the file's one issue, never a 500.
 */
async function parseOffThread(file: ImportFile, limits = PARSE_HEAP_LIMITS): Promise<PreparedImport> {
  try {
    return (await prepareOffThread(file, limits)).prepared;
  } catch (error) {
    if (!(error instanceof ParseWorkerFailed)) throw error;
    return { sheets: [], issues: [fileIssue("parseFailed")], structural: true, hash: sha256(file.bytes) };
  }
}

class Rollback {
  constructor(readonly outcome: ImportOutcome) {}
}

/** Serialises commits: two imports touching one staff member must not interleave their checks. */
const LOCK = "SELECT pg_advisory_xact_lock(hashtext('stellwerk.import'))";

export async function runImport(
  db: PrismaClient,
  viewer: Viewer,
  file: ImportFile,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const scope = await importScopeOf(db, viewer);
  let started = performance.now();
  const phase = (name: Parameters<NonNullable<ImportOptions["onPhase"]>>[0]) => {
    const now = performance.now();
    options.onPhase?.(name, now - started);
    started = now;
  };
  const parsed = await parseOffThread(file, options.parseLimits);
  phase("parse");
  const issues = [...parsed.issues];
  let sheets = parsed.sheets;
  let structural = parsed.structural;
  if (scope.kind === "provider") {
    for (const sheet of sheets.filter((candidate) => candidate.key !== "staff")) {
      issues.push({ ...fileIssue("sheetNotAllowed"), sheet: sheet.name, sheetKey: sheet.key });
      structural = true;
    }
    sheets = sheets.filter((sheet) => sheet.key === "staff");
  }

  const counts = new Map<SheetKey, SheetCounts>(sheets.map((sheet) => [sheet.key, zero()]));
  const outcome = (committed: boolean, all: ImportIssue[]): ImportOutcome => {
    // A refused file reports no counts: nothing happened, and counts of rows the viewer may
    // not write would tell what is stored.
    const list = (all.length > 0 ? [] : sheets).map((sheet) => ({
      key: sheet.key,
      name: sheet.name,
      counts: counts.get(sheet.key) ?? zero(),
    }));
    const totals = list.reduce(
      (sum, { counts: sheet }) => ({
        created: sum.created + sheet.created,
        updated: sum.updated + sheet.updated,
        unchanged: sum.unchanged + sheet.unchanged,
      }),
      zero(),
    );
    return {
      filename: file.filename,
      hash: parsed.hash,
      dryRun: options.dryRun,
      committed,
      sheets: list,
      totals,
      issues: sortIssues(all),
    };
  };
  // A broken file or header row: its rows cannot be meaningfully checked against the data.
  if (structural) return outcome(false, issues);

  try {
    return await db.$transaction(
      async (tx) => {
        if (!options.dryRun) await tx.$executeRawUnsafe(LOCK);
        const ownProvider = scope.kind === "provider" ? scope.providerId : null;
        await stageImport(tx, sheets, presentColumns(sheets), ownProvider);
        phase("stage");
        const found = await checkStaged(tx, ownProvider);
        phase("check");
        for (const row of await countActions(tx)) {
          const sheet = counts.get(row.sheet);
          if (!sheet) continue;
          if (row.action === "create") sheet.created = row.count;
          else if (row.action === "update") sheet.updated = row.count;
          else sheet.unchanged = row.count;
        }
        const all = [...issues, ...found.map((issue) => locate(sheets, issue))];
        if (all.length > 0 || options.dryRun) throw new Rollback(outcome(false, all));
        await snapshotsBeforeWrite(tx);
        await applyStaged(tx);
        const result = outcome(true, []);
        phase("write");
        const importEvent = await recordAudit(tx, viewer, {
          action: "import.commit",
          entity: "Import",
          requestId: options.requestId ?? null,
          // Counts and the file's name only: no row content (personal data) goes into the log.
          after: {
            filename: file.filename,
            sha256: parsed.hash,
            bytes: file.bytes.length,
            totals: result.totals,
            sheets: Object.fromEntries(
              result.sheets.map((sheet) => [
                sheet.name,
                { rows: sheets.find((s) => s.key === sheet.key)?.rowCount ?? 0, ...sheet.counts },
              ]),
            ),
          },
        });
        await auditImportedRecords(tx, viewer, {
          partOfId: importEvent,
          requestId: options.requestId ?? null,
        });
        phase("audit");
        return result;
      },
      { maxWait: 15_000, timeout: 180_000 },
    );
  } catch (error) {
    if (error instanceof Rollback) return error.outcome;
    const violation = ruleViolation(error);
    if (violation) {
      return outcome(false, [fileIssue("dbRule", { rule: violation.constraint ?? violation.sqlState })]);
    }
    throw error;
  }
}
