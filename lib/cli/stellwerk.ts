// `npm run stellwerk -- <command>`: administration for operators (create users and API
// tokens without the web app). Uses DATABASE_URL like the app (environment or .env).
// Audit events name the actor "CLI". Exit codes: 0 done, 1 refused, 2 wrong usage.
//
// The data access layer marks itself `server-only`; this is server code too, so it runs
// with Node's "react-server" condition (the npm script passes it). Started without it
// (e.g. `npx tsx lib/cli/stellwerk.ts`), it restarts itself once with the condition.
import { spawnSync } from "node:child_process";

const CONDITION = "--conditions=react-server";

if (!import.meta.resolve("server-only").endsWith("/empty.js")) {
  const rerun = spawnSync(process.execPath, [...process.execArgv, CONDITION, ...process.argv.slice(1)], {
    stdio: "inherit",
  });
  process.exit(rerun.status ?? 1);
}

const { main } = await import("./stellwerk-main.ts");
process.exitCode = await main(process.argv.slice(2));
