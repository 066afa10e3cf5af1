import fs from "node:fs";
import type { Page } from "@playwright/test";

// The build drops the KERN rules no source uses (postcss.config.mjs). These helpers check the
// result in the browser: every class on a page that KERN styles must still have its rules
// in the stylesheet the page loaded.

let kernClasses: Set<string> | undefined;

/** Every class name KERN's full stylesheet defines. */
function allKernClasses(): Set<string> {
  if (!kernClasses) {
    const css = fs.readFileSync("node_modules/@kern-ux/native/dist/kern.min.css", "utf8");
    kernClasses = new Set([...css.matchAll(/\.(kern-[\w-]+)/g)].map((match) => match[1] ?? ""));
  }
  return kernClasses;
}

/** KERN classes used on the page whose rules are missing from the page's stylesheets. */
export async function kernClassesWithoutRules(page: Page): Promise<string[]> {
  const { used, styled } = await page.evaluate(() => {
    const used = new Set<string>();
    for (const element of document.querySelectorAll("[class]")) {
      for (const name of element.classList) used.add(name);
    }
    const styled = new Set<string>();
    const collect = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule) {
          for (const match of rule.selectorText.matchAll(/\.([\w-]+)/g)) styled.add(match[1] ?? "");
        }
        if ("cssRules" in rule && rule.cssRules) collect(rule.cssRules as CSSRuleList);
      }
    };
    for (const sheet of document.styleSheets) collect(sheet.cssRules);
    return { used: [...used], styled: [...styled] };
  });
  const kern = allKernClasses();
  const present = new Set(styled);
  return used.filter((name) => kern.has(name) && !present.has(name)).sort();
}
