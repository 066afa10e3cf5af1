"use client";

import { useLocale, useTranslations } from "next-intl";
import { type FormAlert, stateAlert } from "@/components/forms/form-alert";
import { useErrorText } from "@/components/forms/use-error-text";
import type { RecordFormState } from "@/components/staff/form-state";
import { formatDay, formatFte } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";

/** The alert of an assignment form: refused, stale (with what is stored now), or gone. */
export function useAssignmentAlert(state: RecordFormState, reloadHref: string): FormAlert | null {
  const t = useTranslations("assignments");
  const locale = useLocale() as Locale;
  const errorText = useErrorText();
  const current = state.current;
  return stateAlert(
    state,
    { notFound: t("form.notFound"), message: (key) => errorText([key])?.[0] ?? "" },
    current && (
      <p className="kern-body">
        {t("form.conflictCurrent", {
          school: current.schoolName ?? "",
          fte: formatFte(Number(current.fte), locale),
          from: current.validFrom ? formatDay(current.validFrom, locale) : "",
          until: current.validUntil ? formatDay(current.validUntil, locale) : t("timeline.open"),
        })}{" "}
        <a className="kern-link" href={reloadHref}>
          {t("form.reload")}
        </a>
      </p>
    ),
  );
}
