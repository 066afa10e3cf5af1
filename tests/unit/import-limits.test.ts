import type { NextConfig } from "next";
import { defaultConfig } from "next/dist/server/config-shared.js";
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES } from "../../lib/import/limits.ts";

// The /import form posts its file through a server action. Its body limit must hold the
// largest accepted file plus the multipart framing, and stay below what Next buffers for a
// request passing proxy.ts, so that an over-size body is refused whole, never parsed cut off.

// next.config.js is plain JavaScript (checked by its own // @ts-check); typed here by hand.
const configPath = "../../next.config.js";
const { default: nextConfig } = (await import(configPath)) as { default: NextConfig };
const actionLimit = nextConfig.experimental?.serverActions?.bodySizeLimit;
const proxyLimit =
  nextConfig.experimental?.proxyClientMaxBodySize ?? defaultConfig.experimental?.proxyClientMaxBodySize;

describe("upload size limits", () => {
  it("lets the form send a file of the API's limit with room for the form's other fields", () => {
    expect(typeof actionLimit).toBe("number");
    expect(Number(actionLimit)).toBeGreaterThanOrEqual(MAX_FILE_BYTES + 64 * 1024);
  });

  it("keeps the server action's limit below the body Next buffers behind proxy.ts", () => {
    expect(typeof proxyLimit).toBe("number");
    expect(Number(actionLimit)).toBeLessThan(Number(proxyLimit));
  });
});
