import type { ReactNode } from "react";
import type { FormState } from "./form-state";

// The alert a record form shows above its fields when no field has an error: the record is gone
// (or out of reach), the save was stale (a warning, with what is stored now), or the save was
// refused for a reason no field carries.

export type FormAlert = { tone: "danger" | "warning"; title: string; body?: ReactNode };

export function stateAlert(
  state: FormState & { notFound?: boolean },
  texts: { notFound?: string; message: (key: NonNullable<FormState["message"]>) => string },
  body?: ReactNode,
): FormAlert | null {
  if (state.notFound && texts.notFound) return { tone: "danger", title: texts.notFound };
  if (!state.message) return null;
  return { tone: state.message === "conflict" ? "warning" : "danger", title: texts.message(state.message), body };
}
