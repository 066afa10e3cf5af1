import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import lighthouse, { desktopConfig } from "lighthouse";

// Lighthouse against Debian's Chromium (no chrome-launcher, no download): Chromium is started
// headless with a remote-debugging port, Lighthouse connects to it. Flags as in STACK.md.

const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--disable-default-apps",
  "--disable-extensions",
  "--mute-audio",
];

export type Browser = { port: number; close: () => Promise<void> };

export async function launchChromium(executable: string): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "stellwerk-lighthouse-"));
  const child: ChildProcess = spawn(
    executable,
    [...CHROMIUM_FLAGS, "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${output.slice(-500)}`)), 30_000);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}): ${output.slice(-500)}`));
    });
  });
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    // Chromium may still be writing its profile right after exit: retry briefly.
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };
  return { port, close };
}

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];
export type FormFactor = "mobile" | "desktop";

export type AuditResult = {
  scores: Record<Category, number | null>;
  /** Audits of the scored categories that did not pass, with their title and display value. */
  findings: {
    category: Category;
    id: string;
    title: string;
    score: number | null;
    displayValue?: string;
    /** The first offending items (accessibility, best practices, SEO), abridged. */
    items?: string;
  }[];
  metrics: Record<string, string | undefined>;
};

export async function audit(
  browser: Browser,
  url: string,
  formFactor: FormFactor,
  extraHeaders: Record<string, string>,
): Promise<AuditResult> {
  const result = await lighthouse(
    url,
    { port: browser.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES], extraHeaders },
    formFactor === "desktop" ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => {
      const score = lhr.categories[category]?.score;
      return [category, typeof score === "number" ? Math.round(score * 100) : null];
    }),
  ) as Record<Category, number | null>;
  const findings: AuditResult["findings"] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const item = lhr.audits[ref.id];
      if (!item || ref.weight === 0 || item.score === null || item.score >= 0.9) continue;
      const details = item.details as { items?: unknown[] } | undefined;
      findings.push({
        category,
        id: item.id,
        title: item.title,
        score: item.score,
        ...(item.displayValue ? { displayValue: item.displayValue } : {}),
        ...(category !== "performance" && details?.items?.length
          ? { items: JSON.stringify(details.items.slice(0, 5)).slice(0, 600) }
          : {}),
      });
    }
  }
  const diagnostics = ["total-byte-weight", "bootup-time", "mainthread-work-breakdown", "dom-size"];
  for (const id of diagnostics) {
    const item = lhr.audits[id];
    if (item?.displayValue)
      findings.push({
        category: "performance",
        id,
        title: item.title,
        score: item.score,
        displayValue: item.displayValue,
      });
  }
  const metricIds = [
    "first-contentful-paint",
    "largest-contentful-paint",
    "total-blocking-time",
    "cumulative-layout-shift",
    "speed-index",
  ];
  const metrics = Object.fromEntries(metricIds.map((id) => [id, lhr.audits[id]?.displayValue]));
  return { scores, findings, metrics };
}
