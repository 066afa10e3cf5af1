import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildState } from "../../lib/demo/build-check.ts";
import { sourceHash } from "../../lib/demo/source-hash.mjs";
import { loadNextConfig } from "../support/next-config.ts";

// `npm run demo` reuses a build when its sources are unchanged by content: what `npm install`
// regenerates (lib/generated) and file times do not count; any edit, new or removed file does.

let root: string;
const write = (file: string, content: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), content);
};
/** What `next build` leaves: .next/BUILD_ID named by next.config.js's generateBuildId. */
const build = () => write(".next/BUILD_ID", sourceHash(root));

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "stellwerk-build-check-"));
  write("app/page.tsx", "export default function Page() {}\n");
  write("lib/format.ts", "export const x = 1;\n");
  write("lib/generated/prisma/client.ts", "// generated\n");
  write("package-lock.json", "{}\n");
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe("buildState", () => {
  it("asks for a build when there is none", () => {
    expect(buildState(root)).toMatchObject({ needed: true, reason: expect.stringMatching(/kein Build/) });
  });

  it("reuses a build after npm install rewrote the generated client and touched every file", () => {
    build();
    write("lib/generated/prisma/client.ts", "// generated again, other content\n");
    const later = new Date(Date.now() + 60_000);
    for (const file of ["app/page.tsx", "lib/format.ts", "package-lock.json"])
      fs.utimesSync(path.join(root, file), later, later);
    expect(buildState(root)).toEqual({ needed: false, reason: expect.stringMatching(/aktuell/) });
  });

  it("rebuilds when a source changes, is added or removed", () => {
    build();
    write("lib/format.ts", "export const x = 2;\n");
    expect(buildState(root).needed).toBe(true);
    write("lib/format.ts", "export const x = 1;\n");
    expect(buildState(root).needed).toBe(false);
    write("public/robots.txt", "User-agent: *\n");
    expect(buildState(root)).toMatchObject({ needed: true, reason: expect.stringMatching(/geändert/) });
    fs.rmSync(path.join(root, "public"), { recursive: true });
    fs.rmSync(path.join(root, "app/page.tsx"));
    expect(buildState(root).needed).toBe(true);
  });

  it("tells content moved between files from unchanged content", () => {
    write("lib/a.ts", "ab");
    write("lib/b.ts", "c");
    const before = sourceHash(root);
    write("lib/a.ts", "a");
    write("lib/b.ts", "bc");
    expect(sourceHash(root)).not.toBe(before);
  });

  it("is what next.config.js names the build by", async () => {
    const repository = path.resolve(import.meta.dirname, "../..");
    expect(await (await loadNextConfig()).generateBuildId?.()).toBe(sourceHash(repository));
  });
});
