"use client";

import { type FormEvent, startTransition, useActionState } from "react";
import type { RecordFormState } from "@/components/staff/form-state";

/**
 * useActionState for a form that must keep what was typed when refused: submitted by hand,
 * because React resets a form after a form action.
 */
export function useRecordForm(action: (state: RecordFormState, data: FormData) => Promise<RecordFormState>) {
  const [state, formAction, pending] = useActionState(action, {});
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }
  return { state, pending, onSubmit };
}
