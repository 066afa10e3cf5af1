import { spawnSync } from "node:child_process";
import path from "node:path";

/** Leaves written result files as `biome format` would (the repository's check covers JSON and Markdown). */
export function formatWithBiome(root: string, files: string[]): void {
  spawnSync(
    process.execPath,
    [path.join(root, "node_modules/@biomejs/biome/bin/biome"), "format", "--write", ...files],
    {
      cwd: root,
      stdio: "ignore",
    },
  );
}
