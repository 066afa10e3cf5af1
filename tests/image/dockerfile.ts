// Reads the Dockerfile into its stages and instructions: just enough of the format for
// tests/image/runtime-stage.ts to do what each stage does, so that the test follows the
// Dockerfile instead of a copy of its file list.

export type Instruction = { keyword: string; args: string };
export type Stage = { name: string; from: string; instructions: Instruction[] };

export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  // Continuation lines (a trailing backslash) join the next line; comments go.
  const logical = text
    .replace(/\\\r?\n/g, " ")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
  for (const line of logical) {
    const [, keyword = "", args = ""] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const upper = keyword.toUpperCase();
    if (upper === "FROM") {
      const [, from = "", name = `stage${stages.length}`] = /^(\S+)(?:\s+AS\s+(\S+))?/i.exec(args) ?? [];
      stages.push({ name, from, instructions: [] });
    } else if (upper !== "ARG") {
      const stage = stages.at(-1);
      if (!stage) throw new Error(`Dockerfile: ${upper} before the first FROM`);
      stage.instructions.push({ keyword: upper, args });
    }
  }
  return stages;
}

export type Copy = { from: string | null; sources: string[]; destination: string };

/** `COPY [--from=stage] [--chown=…] src… dest`; ownership does not matter outside a container. */
export function parseCopy(args: string): Copy {
  const words = args.split(/\s+/);
  let from: string | null = null;
  const paths: string[] = [];
  for (const word of words) {
    if (word.startsWith("--from=")) from = word.slice("--from=".length);
    else if (!word.startsWith("--")) paths.push(word);
  }
  const destination = paths.pop();
  if (!destination || paths.length === 0) throw new Error(`Dockerfile: COPY ${args}`);
  return { from, sources: paths, destination };
}

/** `ENV A=1 B=2` (the form the Dockerfile uses). */
export function parseEnv(args: string): Record<string, string> {
  return Object.fromEntries(
    [...args.matchAll(/(\w+)=("[^"]*"|\S+)/g)].map(([, key = "", value = ""]) => [key, value.replace(/^"|"$/g, "")]),
  );
}

/** The command of `CMD ["sh", "-c", "…"]` or `RUN …` as argv. */
export function commandOf(instruction: Instruction): string[] {
  return instruction.args.startsWith("[") ? (JSON.parse(instruction.args) as string[]) : ["sh", "-c", instruction.args];
}

/** A stage with everything it inherits from the stages it is built FROM. */
export function resolveStage(stages: Stage[], name: string): Instruction[] {
  const stage = stages.find((candidate) => candidate.name === name);
  if (!stage) throw new Error(`Dockerfile: no stage ${name}`);
  const parent = stages.some((candidate) => candidate.name === stage.from) ? resolveStage(stages, stage.from) : [];
  return [...parent, ...stage.instructions];
}
