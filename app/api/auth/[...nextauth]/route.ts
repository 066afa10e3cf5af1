import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { deviceCookieHeader, deviceCookieName } from "@/lib/auth/device-cookie";
import { buildAuthOptions, type SignInContext } from "@/lib/auth/options";
import { clientIpFrom } from "@/lib/http/client-ip";
import { apiRoute } from "@/lib/http/route";

// next-auth's endpoints (csrf, callback/credentials, session, signout). Options are built per
// request so that the sign-in sees the client's address and known-device cookie, and a new
// device cookie can be added to a successful sign-in's answer.

type Params = { nextauth: string[] };

const handler = apiRoute<Params>(async (request, { params, requestId }) => {
  const context: SignInContext = {
    requestId,
    ip: clientIpFrom(request.headers),
    deviceCookie: (request as NextRequest).cookies?.get(deviceCookieName())?.value ?? null,
    userAgent: request.headers.get("user-agent"),
  };
  const response: Response = await NextAuth(request as NextRequest, { params }, buildAuthOptions(context));
  if (context.issuedDeviceCookie) response.headers.append("Set-Cookie", deviceCookieHeader(context.issuedDeviceCookie));
  return response;
});

export { handler as GET, handler as POST };
