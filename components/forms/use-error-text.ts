"use client";

import { useTranslations } from "next-intl";
import type { ErrorKey } from "@/lib/dal/internal/write-result";

/** Translates error keys from a FormState for a Field's `error` prop. */
export function useErrorText() {
  const t = useTranslations("errors");
  return (keys: ErrorKey[] | undefined): string[] | undefined => keys?.map((key) => t(key));
}
