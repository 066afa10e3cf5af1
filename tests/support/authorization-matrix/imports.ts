// The matrix rows of one feature; see index.ts.
// Import (issue 5): admins import every sheet, provider users their own staff list; everyone
// else is refused like a missing page (404), anonymous visitors are sent to sign in (401).
import type { Actor, MatrixPart, PageOutcome } from "./types.ts";

const page: Record<Actor, PageOutcome> = {
  anonymous: "signin",
  admin: "ok",
  supervisor: "notFound",
  providerA: "ok",
  providerB: "ok",
  schoolX: "notFound",
};

export const dataImport: MatrixPart = {
  pages: [{ file: "app/(app)/import/page.tsx", path: "/import", expect: page }],
  routes: [
    {
      // The matrix posts a form without a file: allowed callers get 400 (no file), refused ones 404.
      file: "app/api/v1/import/route.ts",
      method: "POST",
      path: "/api/v1/import?dryRun=1",
      expect: { anonymous: 401, admin: 400, supervisor: 404, providerA: 400, providerB: 400, schoolX: 404 },
    },
  ],
  actions: [
    {
      // A dry run of a staff list: every provider may check files (a foreign row is an error in the preview).
      file: "app/(app)/import/actions.ts",
      name: "previewImportAction",
      expect: {
        anonymous: "denied",
        admin: "allowed",
        supervisor: "denied",
        providerA: "allowed",
        providerB: "allowed",
        schoolX: "denied",
      },
    },
    {
      // The commit of a staff row of providerA: providerB may not write into another provider's list.
      file: "app/(app)/import/actions.ts",
      name: "commitImportAction",
      expect: {
        anonymous: "denied",
        admin: "allowed",
        supervisor: "denied",
        providerA: "allowed",
        providerB: "denied",
        schoolX: "denied",
      },
    },
  ],
};
