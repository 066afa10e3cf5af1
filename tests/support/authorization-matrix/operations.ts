// The matrix rows of one feature; see index.ts.
import type { MatrixPart } from "./types.ts";

export const operations: MatrixPart = { pages: [], routes: [], actions: [] };
