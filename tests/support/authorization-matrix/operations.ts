// The matrix rows of one feature; see index.ts.
import { type MatrixPart, signedIn } from "./types.ts";

// Operations (issue 6): the empty page that is the benchmark's floor. It shows only the app's
// name; the proxy sends anonymous visitors to the sign-in page as everywhere outside (public).
export const operations: MatrixPart = {
  pages: [{ file: "app/leer/page.tsx", path: "/leer", expect: signedIn("signin", "ok") }],
  routes: [],
  actions: [],
};
