import { mkdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { formatNumber } from "../format.ts";
import { BackupError, runPgTool } from "./pg-tools.ts";

// `npm run db:backup`: a pg_dump in custom format (schema, data, functions, triggers,
// constraints, extensions, the migration history) into a timestamped file.

export type BackupOptions = {
  url: string;
  dir: string;
  /** The pg_dump binary; tests point it elsewhere. */
  pgDump?: string;
  now?: Date;
};

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** stellwerk-YYYYMMDD-HHMMSS.dump, in local time. */
export function backupFileName(now: Date): string {
  const date = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  const time = `${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return `stellwerk-${date}-${time}.dump`;
}

export function pgDumpArgs(url: string, file: string): string[] {
  return ["--format=custom", "--no-password", `--file=${file}`, `--dbname=${url}`];
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** A file name in dir that is not taken yet (a second backup within a second gets -2, -3, …). */
async function freshPath(dir: string, now: Date): Promise<string> {
  const base = backupFileName(now).replace(/\.dump$/, "");
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, n === 1 ? `${base}.dump` : `${base}-${n}.dump`);
    if (!(await exists(candidate))) return candidate;
  }
}

/** Writes the dump; returns its path and size. A failed dump leaves no file behind. */
export async function backupDatabase(options: BackupOptions): Promise<{ file: string; bytes: number }> {
  try {
    await mkdir(options.dir, { recursive: true });
  } catch (error) {
    throw new BackupError(
      `Sicherungsordner ${options.dir} kann nicht angelegt werden: ${error instanceof Error ? error.message : error}`,
    );
  }
  const file = await freshPath(options.dir, options.now ?? new Date());
  try {
    await runPgTool(options.pgDump ?? "pg_dump", pgDumpArgs(options.url, file), options.url);
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
  return { file, bytes: (await stat(file)).size };
}

/** 1,2 MB / 340 kB / 512 Bytes. */
export function formatBytes(bytes: number): string {
  const number = (value: number) => formatNumber(value, "de", 1);
  if (bytes < 1024) return `${bytes} Bytes`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024)} kB`;
  return `${number(bytes / (1024 * 1024))} MB`;
}
