// @ts-check
import { readFileSync } from "node:fs";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// The security headers proxy.ts sets on every other response (lib/security/headers.ts).
/** @type {Record<string, string>} */
const baseHeaders = JSON.parse(readFileSync(new URL("./lib/security/base-headers.json", import.meta.url), "utf8"));

/** @type {import('next').NextConfig} */
const nextConfig = {
  // pg and the Prisma adapter load native-ish modules at runtime; keep them out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // Next's hashed build assets do not pass proxy.ts (see its matcher); they get the same
  // headers but the CSP (which only documents need).
  async headers() {
    return [
      {
        source: "/_next/static/:path*",
        headers: Object.entries(baseHeaders).map(([key, value]) => ({ key, value })),
      },
    ];
  },
  reactStrictMode: true,
  experimental: {
    serverActions: {
      // The /import form sends its file through a server action (default limit 1 MiB). Allow
      // the API's 10 MB file (lib/import/limits.ts MAX_FILE_BYTES) plus 256 KiB for the
      // multipart framing and the form's other fields. Kept below the 10 MiB that Next buffers
      // for a request passing proxy.ts (`proxyClientMaxBodySize`, whose default we keep): a
      // larger body arrives cut off at 10 MiB and is then refused here (413) as a whole,
      // never parsed truncated. tests/unit/import-limits.test.ts checks these relations.
      bodySizeLimit: 10_000_000 + 256 * 1024,
    },
  },
};

export default withNextIntl(nextConfig);
