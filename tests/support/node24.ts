import fs from "node:fs";
import path from "node:path";

// Node 24 (the current LTS, what the production image runs) beside the machine's own Node:
// `.ci/run` installs the npm registry's `node` package into .node24 (kept out of git), and
// `npm test` then runs the unit and integration suites and the runtime-image check on it too.

export const NODE24_DIR = ".node24";

/** The Node 24 binary installed under .node24, or null when there is none. */
export function node24Binary(root: string): string | null {
  const binary = path.join(root, NODE24_DIR, "node_modules/node/bin/node");
  return fs.existsSync(binary) ? binary : null;
}

/** An environment whose `node` (also for npm, npx and scripts' `#!/usr/bin/env node`) is `binary`. */
export function withNodeFirst(
  binary: string,
  env: Record<string, string | undefined> = process.env,
): Record<string, string | undefined> {
  return { ...env, PATH: `${path.dirname(binary)}${path.delimiter}${env.PATH ?? ""}` };
}
