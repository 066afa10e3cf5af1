import type { Audience, Role } from "../permissions.ts";

// Who is asking. Every DAL function takes one; it is built on the server from the session
// cookie or an API token (lib/dal/viewer.ts), never from anything the client claims.

export type SignedInViewer = {
  kind: "user";
  userId: string;
  email: string;
  name: string;
  role: Role;
  providerId: string | null;
  schoolId: string | null;
  /** How the request authenticated. */
  via: "session" | "token" | "cli";
};

export type AnonymousViewer = { kind: "anonymous" };

export type Viewer = SignedInViewer | AnonymousViewer;

export const ANONYMOUS: AnonymousViewer = { kind: "anonymous" };

export function audienceOf(viewer: Viewer): Audience {
  return viewer.kind === "user" ? viewer.role : "ANONYMOUS";
}

/** The fields of a user row a viewer is made of. */
export type ViewerSource = {
  id: string;
  email: string;
  name: string;
  role: Role;
  providerId: string | null;
  schoolId: string | null;
};

export function viewerFromUser(user: ViewerSource, via: SignedInViewer["via"]): SignedInViewer {
  return {
    kind: "user",
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    providerId: user.providerId,
    schoolId: user.schoolId,
    via,
  };
}
