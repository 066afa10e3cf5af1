import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildState } from "../demo/build-check.ts";

// The benchmarks measure the production build: build it first when it is missing or stale,
// unless `--no-build` asks to measure the build that is there.

export function ensureBuild(root: string, log: (line: string) => void): void {
  const state = buildState(root);
  if (!state.needed) return;
  if (process.argv.includes("--no-build")) {
    log(`! ${state.reason}; --no-build: measuring the existing build`);
    if (!fs.existsSync(path.join(root, ".next", "BUILD_ID")))
      throw new Error("no build in .next: run `npx next build`");
    return;
  }
  log(`▶ next build (${state.reason}) …`);
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
}
