// The parse worker's entry when the app runs as TypeScript (tsx, Vitest): Node's worker cannot
// load .ts itself, so this plain module registers tsx's loader first. The production build
// bundles ./parse-worker.ts into JavaScript and never loads this file.
import { register } from "tsx/esm/api";

register();
await import("./parse-worker.ts");
