// `npm test`: every check of the project, one after the other, then one line that sums
// them: "N passed, M failed". Lint, type-check and the production build count as one
// check each; the test suites count their tests.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

type Outcome = { name: string; passed: number; failed: number; skipped: number; seconds: number };

const results: Outcome[] = [];
const polyfills = "--import ./tests/support/node20-polyfills.mjs";
fs.mkdirSync("test-results", { recursive: true });

function run(command: string, args: string[], env: Record<string, string> = {}): { ok: boolean; seconds: number } {
  const started = performance.now();
  const child = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return { ok: child.status === 0, seconds: (performance.now() - started) / 1000 };
}

function check(name: string, command: string, args: string[]): boolean {
  console.log(`\n━━ ${name}: ${command} ${args.join(" ")}`);
  const { ok, seconds } = run(command, args);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, seconds });
  return ok;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

function vitest(project: "unit" | "integration") {
  const output = `test-results/${project}.json`;
  fs.rmSync(output, { force: true });
  console.log(`\n━━ ${project} tests (Vitest)`);
  const { ok, seconds } = run(
    "npx",
    ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${output}`],
    { NODE_OPTIONS: polyfills },
  );
  const report = readJson<{
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  }>(output);
  const failed = report ? report.numFailedTests : 1;
  results.push({
    name: `${project} tests`,
    passed: report?.numPassedTests ?? 0,
    // A run that failed without failing a test (a crash in setup) still counts as a failure.
    failed: !ok && failed === 0 ? 1 : failed,
    skipped: (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0),
    seconds,
  });
}

function playwright() {
  const output = "test-results/e2e.json";
  fs.rmSync(output, { force: true });
  console.log("\n━━ end-to-end tests (Playwright, Chromium, production build)");
  const { ok, seconds } = run("npx", ["playwright", "test", "--reporter=list,json"], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: output,
  });
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(output);
  const failed = report ? report.stats.unexpected + report.stats.flaky : 1;
  results.push({
    name: "e2e tests",
    passed: report?.stats.expected ?? 0,
    failed: !ok && failed === 0 ? 1 : failed,
    skipped: report?.stats.skipped ?? 0,
    seconds,
  });
}

const started = performance.now();
check("lint", "npx", ["biome", "check", "."]);
check("type-check", "npx", ["tsc", "--noEmit"]);
vitest("unit");
vitest("integration");
if (check("production build", "npx", ["next", "build"])) playwright();
else results.push({ name: "e2e tests", passed: 0, failed: 1, skipped: 0, seconds: 0 });

console.log("\n━━ summary");
for (const result of results) {
  const skipped = result.skipped ? `, ${result.skipped} skipped` : "";
  console.log(
    `  ${result.name.padEnd(26)} ${result.passed} passed, ${result.failed} failed${skipped}  (${result.seconds.toFixed(1)} s)`,
  );
}
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
const skipped = results.reduce((sum, result) => sum + result.skipped, 0);
console.log(`  total wall time ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed === 0 ? 0 : 1);
