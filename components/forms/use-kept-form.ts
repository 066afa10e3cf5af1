"use client";

import { type FormEvent, startTransition, useActionState } from "react";

/**
 * useActionState for a form that must keep what was typed when refused: submitted by hand,
 * because React resets a form after a form action.
 */
export function useKeptForm<S extends object>(action: (state: S, data: FormData) => Promise<S>) {
  // Every form starts with the empty state ("nothing sent yet").
  const [state, formAction, pending] = useActionState(
    action as (state: Awaited<S>, data: FormData) => Promise<S>,
    {} as Awaited<S>,
  );
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }
  return { state, pending, onSubmit };
}
