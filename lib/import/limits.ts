// Size limits of an import. The file limit stays below the 10 MiB that Next buffers for a
// request passing proxy.ts (`proxyClientMaxBodySize`), so an over-size upload is always seen
// whole and refused with a clear message instead of arriving truncated.

/**
 * Largest accepted file: 10 MB (decimal, as file managers show it), for the API and the /import
 * form alike (the form's server action body limit in next.config.js is set to fit it).
 */
export const MAX_FILE_BYTES = 10_000_000;

/** Largest total size of an XLSX's unpacked parts (a zip bomb is refused before it unpacks). */
export const MAX_UNPACKED_BYTES = 120_000_000;

/** Rows per sheet (a city has hundreds; the benchmark 20,000). */
export const MAX_ROWS_PER_SHEET = 100_000;

/** Issues reported in full; the rest are counted in one closing message. */
export const MAX_REPORTED_ISSUES = 1_000;

/** A sheet stops being checked after this many issues (a wrong file can have one per cell). */
export const MAX_COLLECTED_ISSUES = 5_000;

/** Longest text of a file (a header, a value) quoted back in a message. */
export const MAX_QUOTED_CHARS = 80;
