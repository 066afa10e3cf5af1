import type { FormState } from "@/components/forms/form-state";

// What the staff and assignment forms' actions answer: the shared FormState, plus "not found"
// (the record is gone or out of reach; answered like a missing record, without details).
export type RecordFormState = FormState & { notFound?: boolean };
