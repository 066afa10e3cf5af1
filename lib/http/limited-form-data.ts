// A request's multipart form, read with a byte limit that holds whether or not the client
// says how long its body is. A chunked upload has no Content-Length to check up front; it is
// read until the limit and then refused as too large (413), instead of failing later as a
// body that is "not multipart" (Next hands on at most 10 MiB of it).

export type LimitedForm = { form: FormData } | { problem: "tooLarge" | "unreadable" };

export async function readLimitedFormData(request: Request, maxBytes: number): Promise<LimitedForm> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return { problem: "tooLarge" };
  if (!request.body) return { problem: "unreadable" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        return { problem: "tooLarge" };
      }
      chunks.push(value);
    }
  } catch {
    // The client went away, or the body was cut off.
    return { problem: total > maxBytes ? "tooLarge" : "unreadable" };
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  chunks.length = 0;
  try {
    const contentType = request.headers.get("content-type") ?? "";
    return { form: await new Response(body, { headers: { "content-type": contentType } }).formData() };
  } catch {
    return { problem: "unreadable" };
  }
}
