import fs from "node:fs";
import path from "node:path";
import { sourceHash } from "./source-hash.mjs";

// Whether `next build` has to run before `next start`: a missing build, or one made from other
// sources. next.config.js names each build by the content hash of its sources (BUILD_ID), so
// this compares contents, not file times: `npm install` regenerating lib/generated, a fresh
// clone or a checkout back and forth leave a build current. `--rebuild` forces one anyway.

export type BuildState = { needed: boolean; reason: string };

export function buildState(root: string): BuildState {
  let built: string;
  try {
    built = fs.readFileSync(path.join(root, ".next/BUILD_ID"), "utf8").trim();
  } catch {
    return { needed: true, reason: "kein Build vorhanden / no build yet" };
  }
  return built === sourceHash(root)
    ? { needed: false, reason: "Build ist aktuell / build is up to date" }
    : { needed: true, reason: "Quellen seit dem letzten Build geändert / sources changed since the last build" };
}
