// The content hash of everything `next build` reads from this repository. next.config.js uses
// it as the build id, so `.next/BUILD_ID` says which sources a build was made from, and
// lib/demo/build-check.ts can tell by content (not by file times) whether a build is stale.
// Generated code is left out: `npm install` rewrites lib/generated (prisma generate) on every
// run from prisma/schema.prisma and the locked Prisma version, both of which are hashed.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Files and folders, relative to the repository root, whose content makes a build. */
export const BUILD_SOURCES = [
  "app",
  "components",
  "lib",
  "prisma",
  "public",
  "instrumentation.ts",
  "proxy.ts",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];

/** Derived from the sources above, rewritten by installs and builds: never hashed. */
export const GENERATED = ["lib/generated"];

/** Relative paths (with "/") of every file under `entry`, sorted; [] when it does not exist. */
function filesUnder(root, entry) {
  if (GENERATED.includes(entry)) return [];
  let stat;
  try {
    stat = fs.statSync(path.join(root, entry));
  } catch {
    return [];
  }
  if (!stat.isDirectory()) return [entry];
  return fs
    .readdirSync(path.join(root, entry))
    .sort()
    .flatMap((child) => filesUnder(root, `${entry}/${child}`));
}

/** sha256 over each source file's path and content, as 16 hex digits (a valid build id). */
export function sourceHash(root) {
  const hash = createHash("sha256");
  for (const file of BUILD_SOURCES.flatMap((entry) => filesUnder(root, entry))) {
    // Path and length first, so moving bytes from one file to the next changes the hash.
    const content = fs.readFileSync(path.join(root, file));
    hash.update(`${file}\0${content.length}\0`);
    hash.update(content);
  }
  return hash.digest("hex").slice(0, 16);
}
