import { getTranslations } from "next-intl/server";
import { Field, inputClass } from "@/components/admin/field";

type Props = { date: string; invalid: boolean };

/** A plain GET form (works without JavaScript): the chosen key date becomes ?stichtag= in the URL. */
export async function KeyDatePicker({ date, invalid }: Props) {
  const t = await getTranslations("exporting.page");
  const error = invalid ? [t("keyDateInvalid")] : undefined;
  return (
    <form method="get" action="/export" className="flex flex-wrap items-end gap-4">
      <Field id="stichtag" label={t("keyDateLabel")} hint={t("keyDateHint")} error={error}>
        {(control) => (
          <input
            {...control}
            className={inputClass(error)}
            type="date"
            name="stichtag"
            defaultValue={date}
            min="2000-01-01"
            max="2100-12-31"
            required
          />
        )}
      </Field>
      <button type="submit" className="kern-btn kern-btn--primary">
        <span className="kern-label">{t("apply")}</span>
      </button>
    </form>
  );
}
