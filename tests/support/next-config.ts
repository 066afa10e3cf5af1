import path from "node:path";
import { pathToFileURL } from "node:url";
import type { NextConfig } from "next";

/** The project's next.config.js as Next loads it (plain JavaScript, hence typed here). */
export async function loadNextConfig(): Promise<NextConfig> {
  const file = pathToFileURL(path.resolve(import.meta.dirname, "../../next.config.js")).href;
  return ((await import(file)) as { default: NextConfig }).default;
}
