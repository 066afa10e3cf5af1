// FTE travels as integer thousandths (Decimal(4,3) in the database); these helpers turn it
// into a number or a string only at the edge, without binary-float rounding on the way.

/** 39500 → 39.5. Exact for every thousandth a JSON number can carry. */
export function fteToNumber(milli: number): number {
  return milli / 1000;
}

/**
 * 39500 → "39,5" (de) / "39.5" (en); 333 → "0,333"; 2000 → "2". Up to three decimals,
 * no trailing zeros, no thousands separator (FTE totals of a city stay far below 1000).
 * Built from the integer digits so that no float rounding can creep in.
 */
export function formatFte(milli: number, locale: "de" | "en" = "de"): string {
  if (!Number.isSafeInteger(milli)) throw new RangeError(`FTE in thousandths must be an integer, got ${milli}`);
  const sign = milli < 0 ? "-" : "";
  const absolute = Math.abs(milli);
  const whole = Math.floor(absolute / 1000);
  const fraction = String(absolute % 1000)
    .padStart(3, "0")
    .replace(/0+$/, "");
  const separator = locale === "de" ? "," : ".";
  return fraction ? `${sign}${whole}${separator}${fraction}` : `${sign}${whole}`;
}

/** Pupils per FTE from exact integers (one division, no summed floats); null without FTE. */
export function pupilsPerFte(pupilCount: number, fteMilli: number): number | null {
  return fteMilli === 0 ? null : (pupilCount * 1000) / fteMilli;
}
