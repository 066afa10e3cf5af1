import "dotenv/config";
import { CLI_OPERATOR } from "../dal/internal/admin-actor.ts";
import { createPrismaClient } from "../db-client.ts";
import { databaseUrl } from "../env.ts";
import { commandOf, EXIT, runCommand, USAGE } from "./stellwerk-commands.ts";

// The body of `npm run stellwerk` (see stellwerk.ts): checks the command, opens the
// database, runs the command, closes the database, answers the exit code.

const io = {
  out: (line: string) => console.log(line),
  err: (line: string) => console.error(line),
};

export async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h")) {
    (argv.length === 0 ? io.err : io.out)(USAGE);
    return argv.length === 0 ? EXIT.usage : EXIT.ok;
  }
  if (!commandOf(argv)) {
    io.err(`Unbekannter Befehl: ${argv.slice(0, 2).join(" ")}\n`);
    io.err(USAGE);
    return EXIT.usage;
  }
  let url: string;
  try {
    url = databaseUrl();
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return EXIT.refused;
  }
  const db = createPrismaClient(url);
  try {
    return await runCommand(argv, { db, actor: CLI_OPERATOR, io });
  } catch (error) {
    io.err(`Fehler: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.refused;
  } finally {
    await db.$disconnect();
  }
}
