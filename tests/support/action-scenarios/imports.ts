import { createHash } from "node:crypto";
import * as importActions from "../../../app/(app)/import/actions.ts";
import { prisma } from "../db.ts";
import { attempt, form, type Scenario, type ScenarioContext } from "./helpers.ts";

// Scenarios for this feature's server actions; see tests/integration/authorization-actions.test.ts.
// Each uploads a one-row staff list (CSV) for providerA with a fresh personnel number.

let counter = 0;

async function staffList({ world }: ScenarioContext) {
  const provider = await prisma.provider.findUniqueOrThrow({ where: { id: world.providerA.id } });
  const personnelNumber = `MATRIX-${++counter}`;
  const text = `Träger;Personalnummer;Nachname;Vorname;Stellenumfang;Beschäftigt ab\n${provider.shortName};${personnelNumber};Matrix;Mia;0,5;01.08.2020\n`;
  const bytes = new TextEncoder().encode(text);
  const data = form({ hash: createHash("sha256").update(bytes).digest("hex") });
  data.set("file", new File([bytes], "fachkraefte.csv", { type: "text/csv" }));
  return { data, personnelNumber };
}

export const importScenarios: Record<string, Scenario> = {
  // Allowed: the dry run answered with a preview (for providerB it lists the foreign row as an error).
  previewImportAction: async (context) => {
    const { data, personnelNumber } = await staffList(context);
    const result = (await attempt(() => importActions.previewImportAction({}, data))) as { phase?: string };
    if ((await prisma.staffMember.count({ where: { personnelNumber } })) !== 0) throw new Error("preview wrote");
    return result?.phase === "preview";
  },
  commitImportAction: async (context) => {
    const { data, personnelNumber } = await staffList(context);
    await attempt(() => importActions.commitImportAction({}, data));
    return (await prisma.staffMember.count({ where: { personnelNumber } })) === 1;
  },
};
