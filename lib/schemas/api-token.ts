import { z } from "zod";

// Creating an API token: for which user, and a label to recognise it by.
export const createApiTokenSchema = z.object({
  userId: z.uuid({ error: "Bitte wählen Sie den Zugang, für den das Token gilt." }),
  name: z
    .string({ error: "Bitte geben Sie eine Bezeichnung an." })
    .trim()
    .min(1, "Bitte geben Sie eine Bezeichnung an, z. B. „Statistik-Export“.")
    .max(100, "Die Bezeichnung darf höchstens 100 Zeichen lang sein."),
});
export type CreateApiTokenInput = z.output<typeof createApiTokenSchema>;

export const apiTokenIdSchema = z.uuid({ error: "Ungültiges Token." });
