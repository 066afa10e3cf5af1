"use client";

import { useTranslations } from "next-intl";
import type { ErrorKey, FieldErrorKeys } from "@/lib/dal/internal/write-result";
import type { FieldMessages, FieldSpec } from "./field-spec";

/** Translates error keys from a FormState for a Field's `error` prop. */
export function useErrorText() {
  const t = useTranslations("errors");
  return (keys: ErrorKey[] | undefined): string[] | undefined => keys?.map((key) => t(key));
}

/** A FormState's field errors in words: a field's own text for a key (FieldSpec.errorText), else the shared one. */
export function useFieldMessages() {
  const t = useTranslations("errors");
  return (fields: FieldSpec[], errors: FieldErrorKeys | undefined): FieldMessages => {
    const own = new Map(fields.map((spec) => [spec.name, spec.errorText ?? {}]));
    return Object.fromEntries(
      Object.entries(errors ?? {}).map(([name, keys]) => [name, keys?.map((key) => own.get(name)?.[key] ?? t(key))]),
    );
  };
}
