type Props = { date: string; error?: string };

/** A plain GET form: works without JavaScript and gives every key date its own URL. */
export function KeyDateForm({ date, error }: Props) {
  return (
    <form method="get" action="/" className="flex flex-wrap items-end gap-4" aria-label="Stichtag wählen">
      <div className={`kern-form-input ${error ? "kern-form-input--error" : ""}`}>
        <label className="kern-label" htmlFor="stichtag">
          Stichtag
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
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="kern-btn kern-btn--primary">
        <span className="kern-label">Anzeigen</span>
      </button>
    </form>
  );
}
