"use client";

import { useLocale, useTranslations } from "next-intl";
import { Alert } from "@/components/admin/alert";
import { useErrorText } from "@/components/forms/use-error-text";
import type { RecordFormState } from "@/components/staff/form-state";
import { formatFteMilli } from "@/components/staff/format";
import { formatDay } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";

/** The alerts of an assignment form: refused, stale (with what is stored now), or gone. */
export function AssignmentFormAlerts({ state, reloadHref }: { state: RecordFormState; reloadHref: string }) {
  const t = useTranslations("assignments");
  const locale = useLocale() as Locale;
  const errorText = useErrorText();
  if (state.notFound) return <Alert tone="danger" title={t("form.notFound")} testId="assignment-form-error" />;
  if (!state.message) return null;
  const current = state.current;
  return (
    <Alert
      tone={state.message === "conflict" ? "warning" : "danger"}
      title={errorText([state.message])?.[0] ?? ""}
      testId="assignment-form-error"
    >
      {current && (
        <p className="kern-body">
          {t("form.conflictCurrent", {
            school: current.schoolName ?? "",
            fte: formatFteMilli(Number(current.fte), locale),
            from: current.validFrom ? formatDay(current.validFrom, locale) : "",
            until: current.validUntil ? formatDay(current.validUntil, locale) : t("timeline.open"),
          })}{" "}
          <a className="kern-link" href={reloadHref}>
            {t("form.reload")}
          </a>
        </p>
      )}
    </Alert>
  );
}
