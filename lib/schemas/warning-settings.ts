import type { z } from "zod";
import { editedRecord, wholeNumber } from "./master-data-fields.ts";

// The settings of the soft rules an admin changes on the warnings page: the pupils-per-FTE
// threshold (municipality.pupilsPerFteThreshold, > 0 by a CHECK constraint).

export const THRESHOLD_FIELDS = ["pupilsPerFteThreshold"] as const;
export const THRESHOLD_MAX = 10_000;

export const thresholdSchema = editedRecord.extend({ pupilsPerFteThreshold: wholeNumber(1, THRESHOLD_MAX) });
export type ThresholdInput = z.output<typeof thresholdSchema>;
