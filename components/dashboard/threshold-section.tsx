import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/admin/alert";
import type { FormState } from "@/components/forms/form-state";
import { editFormLabels } from "@/components/master-data/form-labels";
import { RecordForm } from "@/components/master-data/record-form";
import type { ThresholdForEdit } from "@/lib/dal/warning-settings";
import { formatCount } from "@/lib/format";

type Props = {
  threshold: number;
  /** Set for the admin: the stored setting and the action that saves it. */
  edit?: { setting: ThresholdForEdit; action: (state: FormState, data: FormData) => Promise<FormState> };
  saved: boolean;
  /** Where "Abbrechen" leads: the same page as it was. */
  cancelHref: string;
};

/** The pupils-per-FTE threshold: a small form for the admin, one sentence for everyone else. */
export async function ThresholdSection({ threshold, edit, saved, cancelHref }: Props) {
  const t = await getTranslations("dashboard.threshold");
  const locale = await getLocale();
  return (
    <section id="richtwert" aria-labelledby="richtwert-heading" className="mb-8 flex flex-col gap-4">
      <h2 id="richtwert-heading" className="kern-heading-medium">
        {t("heading")}
      </h2>
      {saved && <Alert tone="success" title={t("saved")} testId="threshold-saved" />}
      <p className="kern-body max-w-3xl">{t("intro")}</p>
      {edit ? (
        <RecordForm
          action={edit.action}
          fields={[
            { name: "pupilsPerFteThreshold", label: t("label"), hint: t("hint"), kind: "number", required: true },
          ]}
          initial={{ pupilsPerFteThreshold: String(edit.setting.threshold) }}
          edit={{ id: edit.setting.id, version: edit.setting.version, reloadHref: `${cancelHref}#richtwert` }}
          cancelHref={cancelHref}
          labels={await editFormLabels()}
          formLabel={t("form")}
          testId="threshold-form"
        />
      ) : (
        <p className="kern-body">{t("current", { threshold: formatCount(threshold, locale) })}</p>
      )}
    </section>
  );
}
