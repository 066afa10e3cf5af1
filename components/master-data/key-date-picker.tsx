// Chooses the key date of a page (`?stichtag=`): a plain GET form, so every key date has
// its own URL and the picker works without JavaScript.

type Props = {
  path: string;
  date: string;
  labels: { form: string; date: string; submit: string };
  /** Shown when the requested date was not a valid one. */
  error?: string;
};

export function KeyDatePicker({ path, date, labels, error }: Props) {
  return (
    <form method="get" action={path} className="flex flex-wrap items-end gap-4" aria-label={labels.form}>
      <div className={`kern-form-input ${error ? "kern-form-input--error" : ""}`}>
        <label className="kern-label" htmlFor="stichtag">
          {labels.date}
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
          <p className="kern-error" id="stichtag-error">
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="kern-btn kern-btn--primary">
        <span className="kern-label">{labels.submit}</span>
      </button>
    </form>
  );
}
