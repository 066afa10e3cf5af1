// One id per request, shown to users as the "Referenz" of an error and written next to the
// error in the server log and into audit events, so the two can be matched. proxy.ts sets
// it as the x-request-id request header; a handler reached without the proxy makes its own.

export const REQUEST_ID_HEADER = "x-request-id";

// Crockford's base32 without look-alikes: easy to read out on the phone.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A short random id such as "7K3M9QXA2D" (50 bits). */
export function newRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  let id = "";
  for (const byte of bytes) id += ALPHABET[byte & 31];
  return id;
}

const VALID = /^[0-9A-Za-z-]{6,64}$/;

/** The request's id from its headers (as set by proxy.ts), or a new one. */
export function requestIdFrom(headers: Headers): string {
  const given = headers.get(REQUEST_ID_HEADER);
  return given && VALID.test(given) ? given : newRequestId();
}
