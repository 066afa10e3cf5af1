import { expect } from "vitest";
import { runImport } from "../../lib/dal/internal/import-run.ts";
import type { Viewer } from "../../lib/dal/viewer-types.ts";
import { describeIssues, type ImportErrorText } from "../../lib/import/describe.ts";
import { prisma } from "./db.ts";
import { databaseFingerprint } from "./import-files.ts";

// The assertion every bad-input test makes: the import (a real commit, not a dry run) is
// refused with the expected error where Excel shows it, and the database is unchanged.

export type ExpectedError = Partial<Omit<ImportErrorText, "message">> & { message: RegExp };

export async function expectRefused(
  viewer: Viewer,
  file: { filename: string; bytes: Uint8Array },
  ...expected: ExpectedError[]
): Promise<ImportErrorText[]> {
  const before = await databaseFingerprint();
  const outcome = await runImport(prisma, viewer, file, { dryRun: false });
  const errors = describeIssues(outcome.issues);
  expect(outcome.committed).toBe(false);
  expect(errors.length).toBeGreaterThan(0);
  for (const wanted of expected) {
    expect(errors, JSON.stringify(errors, null, 1)).toContainEqual(
      expect.objectContaining({ ...wanted, message: expect.stringMatching(wanted.message) }),
    );
  }
  expect(await databaseFingerprint()).toEqual(before);
  return errors;
}
