import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordSignOut, signInWithCredentials, startSession } from "../dal/auth.ts";
import { authSecret, secureCookies } from "../env.ts";
import { logServerError, logServerNotice } from "../http/log.ts";
import {
  IDLE_TIMEOUT_S,
  nowSeconds,
  readClaims,
  sessionCookieName,
  sessionCookieOptions,
  sessionPayload,
} from "./session.ts";

// next-auth v4 configuration: one credentials provider, JWT sessions. Built per request
// (app/api/auth/[...nextauth]/route.ts) so that authorize() knows the client's address, the
// known-device cookie and the request id, and can hand a new device cookie back.

export type SignInContext = {
  requestId: string;
  ip: string | null;
  deviceCookie: string | null;
  /** The browser's User-Agent, kept with the session to tell a user's sessions apart. */
  userAgent: string | null;
  /** Set by authorize() after a successful sign-in; the route adds it to the response. */
  issuedDeviceCookie?: string;
};

/** Error codes authorize() throws; next-auth passes them to the client as `?error=`. */
export const THROTTLED_ERROR = "Throttled";

type StellwerkUser = { id: string; name: string; email: string; sessionVersion: number; sessionId: string };

export function buildAuthOptions(context: SignInContext): AuthOptions {
  return {
    secret: authSecret(),
    useSecureCookies: secureCookies(),
    session: { strategy: "jwt", maxAge: IDLE_TIMEOUT_S },
    jwt: { maxAge: IDLE_TIMEOUT_S },
    cookies: { sessionToken: { name: sessionCookieName(), options: sessionCookieOptions() } },
    pages: { signIn: "/anmelden", error: "/anmelden", signOut: "/anmelden" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "E-Mail-Adresse und Passwort",
        credentials: {
          email: { label: "E-Mail-Adresse", type: "email" },
          password: { label: "Passwort", type: "password" },
        },
        async authorize(credentials) {
          const result = await signInWithCredentials({
            email: typeof credentials?.email === "string" ? credentials.email : "",
            password: typeof credentials?.password === "string" ? credentials.password : "",
            ip: context.ip,
            deviceCookie: context.deviceCookie,
            requestId: context.requestId,
          });
          if (!result.ok) {
            // A code, never text: the client maps it to a German message (no content injection).
            if (result.reason === "throttled") throw new Error(`${THROTTLED_ERROR}:${result.retryAfterSeconds}`);
            return null; // next-auth answers "CredentialsSignin", the same for every failure
          }
          context.issuedDeviceCookie = result.deviceCookie;
          const user: StellwerkUser = {
            sessionId: await startSession(result.user.id, context.userAgent),
            id: result.user.id,
            name: result.user.name,
            email: result.user.email,
            sessionVersion: result.user.sessionVersion,
          };
          return user;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          // Sign-in: only what the server needs to find the user again and check the session.
          const { id, sessionId, sessionVersion } = user as unknown as StellwerkUser;
          return sessionPayload(id, sessionId, sessionVersion, nowSeconds());
        }
        // next-auth's own session endpoint re-issues the cookie; refuse past the absolute limit
        // (throwing makes next-auth delete the cookie).
        if (!readClaims(token, nowSeconds())) throw new Error("Sitzung abgelaufen");
        return token;
      },
      async session({ session, token }) {
        // The client gets nothing it could act on; the server resolves the viewer itself.
        return { expires: session.expires, user: { id: token.sub } } as typeof session;
      },
      async redirect({ url, baseUrl }) {
        // Only this site; anything else goes to the start page.
        if (url.startsWith("/") && !url.startsWith("//")) return url;
        try {
          if (new URL(url).origin === new URL(baseUrl).origin) return url;
        } catch {}
        return "/start";
      },
    },
    events: {
      async signOut({ token }) {
        await recordSignOut(readClaims(token, nowSeconds()), context.requestId);
      },
    },
    logger: {
      error(code, metadata) {
        // JWT_SESSION_ERROR is an expired or foreign cookie: routine, not an error.
        if (code === "JWT_SESSION_ERROR") return;
        const inner = (metadata as { error?: unknown } | undefined)?.error;
        const error = metadata instanceof Error ? metadata : inner instanceof Error ? inner : metadata;
        logServerError(context.requestId, error, `next-auth ${code}`);
      },
      warn(code) {
        logServerNotice(context.requestId, `next-auth Warnung ${code}`);
      },
      debug() {},
    },
  };
}
