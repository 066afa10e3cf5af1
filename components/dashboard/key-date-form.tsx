import { getTranslations } from "next-intl/server";

type Props = {
  /** The page the form reloads (GET), e.g. "/uebersicht". */
  action: string;
  date: string;
  /** An already translated message, shown at the field and linked to it. */
  error?: string;
  /** Other query parameters to keep (e.g. the forecast's base date). */
  keep?: Record<string, string>;
  min?: string;
};

/** A plain GET form: works without JavaScript and gives every key date its own URL. */
export async function KeyDateForm({ action, date, error, keep = {}, min = "2000-01-01" }: Props) {
  const t = await getTranslations("dashboard.keyDate");
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-4" aria-label={t("formLabel")}>
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className={`kern-form-input ${error ? "kern-form-input--error" : ""}`}>
        <label className="kern-label" htmlFor="stichtag">
          {t("label")}
        </label>
        <input
          className={`kern-form-input__input ${error ? "kern-form-input__input--error" : ""}`}
          type="date"
          id="stichtag"
          name="stichtag"
          defaultValue={date}
          min={min}
          max="2100-12-31"
          aria-describedby={error ? "stichtag-error" : undefined}
          aria-invalid={error ? true : undefined}
        />
        {error && (
          <p className="kern-error" id="stichtag-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="kern-btn kern-btn--primary">
        <span className="kern-label">{t("submit")}</span>
      </button>
    </form>
  );
}
