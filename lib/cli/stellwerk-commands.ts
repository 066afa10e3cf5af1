import { parseArgs } from "node:util";
import { NotFoundError } from "../dal/errors.ts";
import type { Actor, AdminDb } from "../dal/internal/admin-actor.ts";
import type { AdminFailure } from "../dal/internal/admin-result.ts";
import { createApiToken } from "../dal/internal/api-token-admin.ts";
import { createUser, findUserIdByEmail, resolveBinding } from "../dal/internal/user-admin.ts";
import { formatDateTime } from "../format.ts";
import { message } from "../i18n/message.ts";
import { messageText } from "../i18n/message-text.ts";
import { ROLE_LABELS } from "../permissions.ts";
import { createApiTokenSchema } from "../schemas/api-token.ts";
import { createUserSchema, emailSchema, fieldErrorsOf, ROLES, roleSchema } from "../schemas/user.ts";

// The operator commands of `npm run stellwerk`. Each returns an exit code and writes German
// text through `out`/`err`; the entry point (stellwerk.ts) owns the database connection.

export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

export const USAGE = `Stellwerk – Verwaltung auf der Kommandozeile

  npm run stellwerk -- user create <E-Mail> --role ${ROLES.join("|")}
                        [--provider <Name oder Kurzname>] [--school <Schulnummer>] [--name "<Name>"]
      legt einen Zugang an und zeigt sein Einmal-Passwort (einmalig).
      PROVIDER braucht --provider, SCHOOL braucht --school.

  npm run stellwerk -- token create <E-Mail> [--name <Bezeichnung>] [--expires <JJJJ-MM-TT>]
      erstellt ein API-Token für den Zugang und zeigt es (einmalig). Es gilt bis
      einschließlich --expires (höchstens drei Jahre), ohne Angabe ein Jahr.

Datenbank: DATABASE_URL (Umgebung oder .env).`;

export type Io = { out: (line: string) => void; err: (line: string) => void };
export type CommandContext = { db: AdminDb; actor: Actor; io: Io };

class UsageError extends Error {}

function parse(args: string[], options: Record<string, { type: "string" }>) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '([^']+)'/.exec(message)?.[1];
    throw new UsageError(unknown ? `Unbekannte Option ${unknown}.` : `Ungültige Angaben: ${message}`);
  }
}

function single(positionals: string[], what: string): string {
  const [value, ...rest] = positionals;
  if (!value) throw new UsageError(`Bitte geben Sie ${what} an.`);
  if (rest.length > 0) throw new UsageError(`Unerwartete Angabe: ${rest.join(" ")}`);
  return value;
}

/** Prints a refusal in German (the DAL answers catalog keys). */
function report(io: Io, failure: AdminFailure): number {
  const headline = messageText(failure.message);
  io.err(`Fehler: ${headline}`);
  for (const messages of Object.values(failure.fieldErrors ?? {})) {
    for (const text of (messages ?? []).map((entry) => messageText(entry))) {
      if (text !== headline) io.err(`  – ${text}`);
    }
  }
  return EXIT.refused;
}

async function userCreate(args: string[], { db, actor, io }: CommandContext): Promise<number> {
  const { values, positionals } = parse(args, {
    role: { type: "string" },
    provider: { type: "string" },
    school: { type: "string" },
    name: { type: "string" },
  });
  const emailInput = single(positionals, "die E-Mail-Adresse des neuen Zugangs");
  const email = emailSchema.safeParse(emailInput);
  if (!email.success) throw new UsageError(`Ungültige E-Mail-Adresse „${emailInput}“.`);
  if (values.role === undefined) throw new UsageError(`Bitte geben Sie die Rolle an: --role ${ROLES.join("|")}.`);
  const role = roleSchema.safeParse(values.role.trim().toUpperCase());
  if (!role.success) {
    throw new UsageError(`Unbekannte Rolle „${values.role}“. Erlaubt sind: ${ROLES.join(", ")}.`);
  }
  if (role.data === "PROVIDER" && values.provider === undefined) {
    throw new UsageError("Ein Zugang mit der Rolle PROVIDER braucht --provider <Name oder Kurzname des Trägers>.");
  }
  if (role.data === "SCHOOL" && values.school === undefined) {
    throw new UsageError("Ein Zugang mit der Rolle SCHOOL braucht --school <Schulnummer>.");
  }
  if (role.data !== "PROVIDER" && values.provider !== undefined) {
    throw new UsageError("--provider passt nur zur Rolle PROVIDER.");
  }
  if (role.data !== "SCHOOL" && values.school !== undefined) {
    throw new UsageError("--school passt nur zur Rolle SCHOOL.");
  }

  const binding = await resolveBinding(db, actor, { provider: values.provider, school: values.school });
  if (!binding.ok) return report(io, binding);
  const input = createUserSchema.safeParse({
    email: email.data,
    // Without --name the address's local part stands in; an admin can change it later.
    name: values.name ?? email.data.split("@")[0],
    role: role.data,
    ...binding.value,
  });
  if (!input.success) {
    return report(io, {
      ok: false,
      reason: "invalid",
      message: message("errors.invalidInput"),
      fieldErrors: fieldErrorsOf(input.error),
    });
  }
  const result = await createUser(db, actor, input.data);
  if (!result.ok) return report(io, result);
  const { user, oneTimePassword } = result.value;
  const boundTo = user.providerName ?? (user.schoolName ? `${user.schoolName} (${user.schoolNumber})` : null);
  io.out(`Zugang angelegt: ${user.name} <${user.email}>`);
  io.out(`Rolle: ${user.role} – ${ROLE_LABELS[user.role]}${boundTo ? `, ${boundTo}` : ""}`);
  io.out("Einmal-Passwort (wird nur jetzt angezeigt; bei der ersten Anmeldung muss es geändert werden):");
  io.out(`  ${oneTimePassword}`);
  return EXIT.ok;
}

async function tokenCreate(args: string[], { db, actor, io }: CommandContext): Promise<number> {
  const { values, positionals } = parse(args, { name: { type: "string" }, expires: { type: "string" } });
  const email = single(positionals, "die E-Mail-Adresse des Zugangs");
  let userId: string;
  try {
    userId = await findUserIdByEmail(db, actor, email);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    io.err(`Fehler: Es gibt keinen Zugang mit der E-Mail-Adresse „${email}“.`);
    return EXIT.refused;
  }
  const label = values.name ?? `Kommandozeile ${new Date().toISOString().slice(0, 10)}`;
  const input = createApiTokenSchema.safeParse({ userId, name: label, expiresOn: values.expires });
  if (!input.success) {
    return report(io, {
      ok: false,
      reason: "invalid",
      message: message("errors.invalidInput"),
      fieldErrors: fieldErrorsOf(input.error),
    });
  }
  const result = await createApiToken(db, actor, input.data);
  if (!result.ok) return report(io, result);
  const { token, apiToken } = result.value;
  io.out(`API-Token „${apiToken.name}“ für ${apiToken.userEmail} erstellt (beginnt mit ${apiToken.prefix}).`);
  io.out(`Gültig bis ${formatDateTime(apiToken.expiresAt, "de")} (danach abgelehnt).`);
  io.out("Token (wird nur jetzt angezeigt; sicher aufbewahren):");
  io.out(`  ${token}`);
  io.out("Verwendung: Authorization: Bearer <Token>");
  return EXIT.ok;
}

const COMMANDS: Record<string, (args: string[], context: CommandContext) => Promise<number>> = {
  "user create": userCreate,
  "token create": tokenCreate,
};

/** Whether argv names a known command (checked before a database connection is opened). */
export function commandOf(argv: string[]): ((args: string[], context: CommandContext) => Promise<number>) | null {
  return COMMANDS[`${argv[0] ?? ""} ${argv[1] ?? ""}`] ?? null;
}

/** Runs one command; usage errors print the usage and answer 2. */
export async function runCommand(argv: string[], context: CommandContext): Promise<number> {
  const command = commandOf(argv);
  try {
    if (!command) throw new UsageError(`Unbekannter Befehl: ${argv.slice(0, 2).join(" ")}`);
    return await command(argv.slice(2), context);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    context.io.err(`Fehler: ${error.message}\n`);
    context.io.err(USAGE);
    return EXIT.usage;
  }
}
