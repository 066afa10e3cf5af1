import { useTranslations } from "next-intl";
import { useMessageText } from "@/components/i18n/use-message-text";
import type { Message } from "@/lib/i18n/message";

type Props = { date: string; error?: Message };

/** A plain GET form: works without JavaScript and gives every key date its own URL. */
export function KeyDateForm({ date, error }: Props) {
  const t = useTranslations("public");
  const text = useMessageText();
  return (
    <form method="get" action="/" className="flex flex-wrap items-end gap-4" aria-label={t("keyDateForm.label")}>
      <div className={`kern-form-input ${error ? "kern-form-input--error" : ""}`}>
        <label className="kern-label" htmlFor="stichtag">
          {t("keyDate")}
        </label>
        <input
          className={`kern-form-input__input ${error ? "kern-form-input__input--error" : ""}`}
          type="date"
          id="stichtag"
          name="stichtag"
          defaultValue={date}
          min="2000-01-01"
          max="2100-12-31"
          aria-describedby={error ? "stichtag-error" : undefined}
          aria-invalid={error ? true : undefined}
        />
        {error && (
          <p className="kern-error" id="stichtag-error" role="alert">
            {text(error)}
          </p>
        )}
      </div>
      <button type="submit" className="kern-btn kern-btn--primary">
        <span className="kern-label">{t("keyDateForm.submit")}</span>
      </button>
    </form>
  );
}
