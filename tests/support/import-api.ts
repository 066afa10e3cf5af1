import { POST } from "../../app/api/v1/import/route.ts";
import { createApiTokenSecret } from "../../lib/auth/api-token-format.ts";
import { makeUser } from "./admin-viewers.ts";
import { prisma } from "./db.ts";
import { csv } from "./import-files.ts";
import { world } from "./import-fixtures.ts";

// POST /api/v1/import called directly, as an API client would: a user with a token, and a
// multipart request with the file.

/** A new user of the role (with its provider or school) and an API token of theirs. */
export async function tokenFor(
  role: "ADMIN" | "SUPERVISOR" | "PROVIDER" | "SCHOOL",
  binding: { providerId?: string; schoolId?: string } = {},
): Promise<string> {
  const user = await makeUser({ role, ...binding });
  const secret = createApiTokenSecret();
  await prisma.apiToken.create({
    data: { userId: user.id, name: "test", tokenHash: secret.tokenHash, prefix: secret.prefix },
  });
  return secret.token;
}

export function postImport(
  options: {
    token?: string;
    file?: { bytes: Uint8Array<ArrayBuffer>; name: string };
    query?: string;
    headers?: HeadersInit;
  } = {},
): Promise<Response> {
  const headers = new Headers(options.headers);
  if (options.token) headers.set("authorization", `Bearer ${options.token}`);
  const body = new FormData();
  if (options.file) body.set("file", new File([options.file.bytes], options.file.name));
  return POST(new Request(`http://localhost/api/v1/import${options.query ?? ""}`, { method: "POST", headers, body }), {
    params: Promise.resolve({}),
  });
}

/** A CSV of the staff sheet (header of the fixture world) with the given rows. */
export const staffCsv = (rows: string[][]) => ({
  name: "fachkraefte.csv",
  bytes: csv([(world().Fachkräfte[0] ?? []).map(String), ...rows]),
});
