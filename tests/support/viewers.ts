import type { SignedInViewer } from "../../lib/dal/viewer-types.ts";

// A viewer for DAL tests without a user row behind it (the DAL trusts the viewer it is given;
// who that is gets settled by lib/dal/viewer.ts).
let counter = 0;

export function testViewer(role: SignedInViewer["role"], binding: Partial<SignedInViewer> = {}): SignedInViewer {
  const n = ++counter;
  return {
    kind: "user",
    userId: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    email: `${role.toLowerCase()}${n}@viewer.test`,
    name: role,
    role,
    providerId: null,
    schoolId: null,
    via: "session",
    ...binding,
  };
}
