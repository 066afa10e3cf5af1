import fs from "node:fs";
import path from "node:path";

// Whether `next build` has to run before `next start`: a missing build, or any source newer
// than the last one. Deliberately simple (mtimes, no hashing); `--rebuild` forces it.

const SOURCES = [
  "app",
  "components",
  "lib",
  "prisma",
  "public",
  "package.json",
  "package-lock.json",
  "next.config.js",
  "postcss.config.mjs",
  "proxy.ts",
];

function newestMtime(entry: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file shows only as a newer folder
  for (const child of fs.readdirSync(entry)) {
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

export type BuildState = { needed: boolean; reason: string };

export function buildState(root: string): BuildState {
  let built: number;
  try {
    built = fs.statSync(path.join(root, ".next/BUILD_ID")).mtimeMs;
  } catch {
    return { needed: true, reason: "kein Build vorhanden / no build yet" };
  }
  const changed = SOURCES.find((entry) => newestMtime(path.join(root, entry)) > built);
  return changed
    ? { needed: true, reason: `${changed} ist neuer als der Build / ${changed} changed since the last build` }
    : { needed: false, reason: "Build ist aktuell / build is up to date" };
}
