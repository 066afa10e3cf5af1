import { spawn } from "node:child_process";

// Runs PostgreSQL's client tools (pg_dump, pg_restore) without a shell. The connection is
// passed as a URL argument; every message that could show it goes through maskUrl().

/** A failure to report to the operator, in German, with the password masked. */
export class BackupError extends Error {}

/** The URL with its password replaced by ***, for messages. */
export function maskUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(ungültige Datenbank-URL)";
  }
}

/** Removes the URL's password (raw and decoded) from a tool's output. */
export function maskSecrets(text: string, url: string): string {
  let password = "";
  try {
    password = new URL(url).password;
  } catch {
    return text.replaceAll(url, "(Datenbank-URL)");
  }
  let masked = text.replaceAll(url, maskUrl(url));
  for (const secret of new Set([password, safeDecode(password)])) {
    if (secret) masked = masked.replaceAll(secret, "***");
  }
  return masked;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Runs `command args…`; resolves on exit code 0, rejects with a German BackupError otherwise. */
export function runPgTool(command: string, args: string[], url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"], shell: false });
    const stderr: Buffer[] = [];
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", (error: NodeJS.ErrnoException) => {
      reject(
        new BackupError(
          error.code === "ENOENT"
            ? `${command} wurde nicht gefunden. Bitte installieren Sie die PostgreSQL-Client-Programme ` +
                "(z. B. `apt install postgresql-client`) in der Version des Servers."
            : `${command} konnte nicht gestartet werden: ${maskSecrets(error.message, url)}`,
        ),
      );
    });
    child.on("close", (code, signal) => {
      if (code === 0) return resolve();
      const output = maskSecrets(Buffer.concat(stderr).toString("utf8").trim(), url);
      const how = signal ? `durch Signal ${signal} beendet` : `mit Code ${code} beendet`;
      reject(new BackupError(`${command} ist ${how}.${output ? `\n${output}` : ""}`));
    });
  });
}
