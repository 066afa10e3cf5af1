// `npm test`: every check of the project, one after the other, then one line that sums
// them: "N passed, M failed". Lint, type-check and the production build count as one
// check each; the test suites count their tests. With Node 24 under .node24 (.ci/run installs
// it) the unit and integration suites run a second time on it, and the runtime-image check
// (tests/image/runtime-stage.ts) runs on it as the image does.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { node24Binary, withNodeFirst } from "./support/node24.ts";

type Outcome = { name: string; passed: number; failed: number; skipped: number; seconds: number };

const results: Outcome[] = [];
const polyfills = "--import ./tests/support/node20-polyfills.mjs";
fs.mkdirSync("test-results", { recursive: true });

type Environment = Record<string, string | undefined>;
const node24 = node24Binary(process.cwd());

function run(
  command: string,
  args: string[],
  env: Environment = {},
  base: Environment = process.env,
): { ok: boolean; seconds: number } {
  const started = performance.now();
  const child = spawnSync(command, args, { stdio: "inherit", env: { ...base, ...env } as NodeJS.ProcessEnv });
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

/** A Vitest project on the machine's Node, or on `node` (Node 24) with the name saying so. */
function vitest(project: "unit" | "integration", node?: { binary: string; label: string }) {
  const suffix = node ? `-${node.label.replace(/\W+/g, "").toLowerCase()}` : "";
  const output = `test-results/${project}${suffix}.json`;
  fs.rmSync(output, { force: true });
  const name = node ? `${project} tests (${node.label})` : `${project} tests`;
  console.log(`\n━━ ${name} (Vitest)`);
  const args = ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${output}`];
  // Node 24 compiles WebAssembly (PGlite, the schema engine) markedly slower than Node 20: on
  // a busy machine some tests took 60-105 s there, past the 60 s the suites allow.
  const slower = ["--testTimeout=240000", "--hookTimeout=240000"];
  const { ok, seconds } = node
    ? run(
        node.binary,
        [path.resolve("node_modules/vitest/vitest.mjs"), ...args, ...slower],
        {},
        withNodeFirst(node.binary),
      )
    : run("npx", ["vitest", ...args], { NODE_OPTIONS: polyfills });
  const report = readJson<{
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  }>(output);
  const failed = report ? report.numFailedTests : 1;
  results.push({
    name,
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
if (node24) {
  const node = { binary: node24, label: "Node 24" };
  vitest("unit", node);
  vitest("integration", node);
} else console.log("\n━━ no Node 24 under .node24: the suites run on the machine's Node only (see .ci/run)");
if (check("production build", "npx", ["next", "build"])) {
  check("runtime image contents", "npx", ["tsx", "tests/image/runtime-stage.ts"]);
  playwright();
} else {
  results.push({ name: "runtime image contents", passed: 0, failed: 1, skipped: 0, seconds: 0 });
  results.push({ name: "e2e tests", passed: 0, failed: 1, skipped: 0, seconds: 0 });
}

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
