import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { APP_CLIENT_NAMESPACES, PUBLIC_CLIENT_NAMESPACES } from "../../lib/i18n/client-namespaces.ts";

// A client component's useTranslations("x") only works when namespace x is sent to the browser:
// everywhere for the public namespaces, in the signed-in area for the others.

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name).split(path.sep).join("/");
    if (entry.isDirectory()) return files(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** namespace → the client components that translate with it. */
function clientNamespacesUsed(roots: string[]): Map<string, string[]> {
  const used = new Map<string, string[]>();
  const add = (namespace: string, file: string) => used.set(namespace, [...(used.get(namespace) ?? []), file]);
  for (const file of roots.flatMap(files)) {
    const source = fs.readFileSync(file, "utf8");
    if (!/^\s*["']use client["']/m.test(source)) continue;
    for (const match of source.matchAll(/useTranslations\(\s*["'`]([\w.]+)["'`]/g)) {
      add((match[1] ?? "").split(".")[0] ?? "", file);
    }
    if (/useTranslations\(\s*\)/.test(source)) add("(every namespace)", file);
  }
  return used;
}

const missingFrom = (used: Map<string, string[]>, sent: readonly string[]) =>
  [...used.entries()]
    .filter(([namespace]) => !sent.includes(namespace))
    .map(([namespace, where]) => `${namespace}: ${[...new Set(where)].join(", ")}`);

describe("namespaces sent to the browser", () => {
  it("cover every namespace a client component of the signed-in area uses", () => {
    expect(missingFrom(clientNamespacesUsed(["app", "components"]), APP_CLIENT_NAMESPACES)).toEqual([]);
  });

  it("cover the public pages' client components with the public namespaces alone", () => {
    const publicRoots = ["app/(public)", "components/public", "components/i18n"];
    expect(missingFrom(clientNamespacesUsed(publicRoots), PUBLIC_CLIENT_NAMESPACES)).toEqual([]);
  });
});
