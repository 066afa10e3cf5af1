import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every form that carries a secret (a password field) posts: its action is a server action
// (React renders those as method="post", also before the script has loaded) or it names
// method="post". A form without either sends GET, and the password lands in the address.

const ROOTS = ["app", "components"];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith(".tsx") ? [full] : [];
  });
}

/** The opening tag of each `<form …>` of a file. */
function forms(source: string): { tag: string }[] {
  return [...source.matchAll(/<form\b([^>]*)>/g)].map((match) => ({ tag: match[1] ?? "" }));
}

describe("forms with a password field", () => {
  // A password input may sit in a field component of the same file: every form of a file
  // that renders one counts.
  const found = ROOTS.flatMap(sources).flatMap((file) => {
    const source = fs.readFileSync(file, "utf8");
    if (!/type=["']password["']/.test(source)) return [];
    return forms(source).map((form) => ({ file, tag: form.tag }));
  });

  it("exist (the sign-in and the password change)", () => {
    expect(found.map((form) => path.basename(form.file)).sort()).toEqual(
      expect.arrayContaining(["change-password-form.tsx", "sign-in-form.tsx"]),
    );
  });

  it("post: a server action or method=post, never a plain form or a client-only submit handler", () => {
    for (const form of found) {
      const posts = /\baction=\{/.test(form.tag) || /method=["']post["']/i.test(form.tag);
      expect(posts, `${form.file}: <form${form.tag}>`).toBe(true);
      expect(form.tag, form.file).not.toMatch(/onSubmit=/);
    }
  });
});
