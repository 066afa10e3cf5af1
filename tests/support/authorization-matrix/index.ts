// The authorization matrix: every page, route handler and server action with the outcome
// expected for each kind of visitor, one file per feature. tests/unit/authorization-matrix.test.ts
// fails when the app has an entry point these tables do not list (or they list one that is
// gone); tests/e2e/authorization-matrix.spec.ts and tests/integration/authorization-actions.test.ts
// exercise every cell.
import { core } from "./core.ts";
import { dashboard } from "./dashboard.ts";
import { dataExport } from "./exports.ts";
import { dataImport } from "./imports.ts";
import { masterData } from "./master-data.ts";
import { operations } from "./operations.ts";
import { privacy } from "./privacy.ts";
import { staff } from "./staff.ts";
import type { ActionEntry, MatrixPart, PageEntry, RouteEntry } from "./types.ts";

const PARTS: MatrixPart[] = [core, dashboard, masterData, staff, dataImport, dataExport, privacy, operations];

export const PAGES: PageEntry[] = PARTS.flatMap((part) => part.pages);
export const ROUTES: RouteEntry[] = PARTS.flatMap((part) => part.routes);
export const ACTIONS: ActionEntry[] = PARTS.flatMap((part) => part.actions);

export * from "./types.ts";
