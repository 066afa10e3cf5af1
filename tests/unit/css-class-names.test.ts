import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The build keeps only the KERN rules whose class names appear in the sources
// (postcss.config.mjs, PurgeCSS). A class name assembled at run time (`kern-icon--${name}`)
// would lose its rule without any error: this test finds such names.

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("KERN class names", () => {
  it("are written whole in the sources, never assembled from parts", () => {
    const assembled = ["app", "components", "lib"]
      .flatMap(sources)
      .flatMap((file) =>
        [...fs.readFileSync(file, "utf8").matchAll(/kern-[\w-]*\$\{|kern-[\w-]*["'`]\s*\+/g)].map(
          (match) => `${file}: ${match[0]}`,
        ),
      );
    expect(assembled).toEqual([]);
  });
});
