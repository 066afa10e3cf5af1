// FTE travels as integer thousandths (Decimal(4,3) in the database); these helpers turn it
// into a number only at the edge (its text: formatFte in lib/format.ts).

/** 39500 → 39.5. Exact for every thousandth a JSON number can carry. */
export function fteToNumber(milli: number): number {
  return milli / 1000;
}

/** Pupils per FTE from exact integers (one division, no summed floats); null without FTE. */
export function pupilsPerFte(pupilCount: number, fteMilli: number): number | null {
  return fteMilli === 0 ? null : (pupilCount * 1000) / fteMilli;
}
