// HTTP helpers of the benchmark: signing in through next-auth's credentials flow with plain
// fetch (as a browser would: CSRF token, callback, session cookie), and timed requests.

/** Name=value pairs of Set-Cookie headers, joined for a Cookie header. */
function cookiesOf(response: Response, jar: Map<string, string>): void {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(";");
    const index = pair?.indexOf("=") ?? -1;
    if (!pair || index <= 0) continue;
    const name = pair.slice(0, index).trim();
    const value = pair.slice(index + 1).trim();
    if (value === "") jar.delete(name);
    else jar.set(name, value);
  }
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

/** Signs in and returns the Cookie header of the session; throws when the sign-in fails. */
export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrfResponse = await fetch(`${origin}/api/auth/csrf`);
  cookiesOf(csrfResponse, jar);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${origin}/start`, json: "true" }),
  });
  cookiesOf(response, jar);
  await response.arrayBuffer();
  if (![...jar.keys()].some((name) => name.endsWith("next-auth.session-token"))) {
    throw new Error(`sign-in of ${email} failed (HTTP ${response.status})`);
  }
  return cookieHeader(jar);
}

export type Timed = { status: number; ms: number; bytes: number; location: string | null };

/** One GET, timed until the whole body has arrived (redirects are not followed). */
export async function timedGet(url: string, headers: Record<string, string> = {}): Promise<Timed> {
  const started = performance.now();
  const response = await fetch(url, { headers, redirect: "manual", signal: AbortSignal.timeout(120_000) });
  const body = await response.arrayBuffer();
  return {
    status: response.status,
    ms: performance.now() - started,
    bytes: body.byteLength,
    location: response.headers.get("location"),
  };
}
