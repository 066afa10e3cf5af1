// Where to go after signing in. Only a path of this site is accepted, never another origin
// ("//evil.example", "/\\evil.example", "https://…"), so ?next= cannot become an open redirect.

export const DEFAULT_AFTER_SIGN_IN = "/start";

export function safeNextPath(
  raw: string | null | undefined,
  fallback: string = DEFAULT_AFTER_SIGN_IN,
  options: { allowSignInPage?: boolean } = {},
): string {
  if (!raw || raw.length > 2048 || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) {
    return fallback;
  }
  // Control characters (tabs, newlines) are stripped by URL parsers and could smuggle a host.
  for (const char of raw) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f || char === "\\") return fallback;
  }
  let url: URL;
  try {
    url = new URL(raw, "http://stellwerk.invalid");
  } catch {
    return fallback;
  }
  if (url.origin !== "http://stellwerk.invalid") return fallback;
  // Back to the sign-in page or into the API would be pointless after signing in (the language
  // switch, which stays on the page it was used on, allows the sign-in page).
  if ((url.pathname === "/anmelden" && !options.allowSignInPage) || url.pathname.startsWith("/api/")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
