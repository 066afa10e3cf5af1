import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { APP_CLIENT_NAMESPACES, SIGN_IN_CLIENT_NAMESPACES } from "../../lib/i18n/client-namespaces.ts";

// A client component's useTranslations("x") only works when namespace x is sent to the browser:
// everywhere for the public namespaces, in the signed-in area for the others.

function files(dir: string): string[] {
  if (fs.statSync(dir).isFile()) return [dir];
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

  it("cover the sign-in page's client components with the sign-in namespaces alone", () => {
    expect(missingFrom(clientNamespacesUsed(["app/(public)/anmelden"]), SIGN_IN_CLIENT_NAMESPACES)).toEqual([]);
  });

  it("are none on the public page: its client components do not even load next-intl", () => {
    const publicRoots = [
      "app/(public)/page.tsx",
      "app/(public)/layout.tsx",
      "app/error.tsx",
      "app/global-error.tsx",
      "components/public",
      "components/i18n",
      "components/layout",
      "components/charts",
    ];
    const clientFilesWithIntl = publicRoots
      .flatMap(files)
      .filter((file) => /^\s*["']use client["']/m.test(fs.readFileSync(file, "utf8")))
      .filter((file) => /from\s+["']next-intl["']/.test(fs.readFileSync(file, "utf8")));
    expect(clientFilesWithIntl).toEqual([]);
  });
});
