// @ts-check
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";
import { sourceHash } from "./lib/demo/source-hash.mjs";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// The security headers proxy.ts sets on every other response (lib/security/headers.ts).
/** @type {Record<string, string>} */
const baseHeaders = JSON.parse(readFileSync(new URL("./lib/security/base-headers.json", import.meta.url), "utf8"));

/** @type {import('next').NextConfig} */
const nextConfig = {
  // pg and the Prisma adapter load native-ish modules at runtime; keep them out of the bundle.
  // exceljs too: its zip writer (archiver-utils 2) calls the deprecated `new Buffer(string)`,
  // and Node prints DEP0005 for such calls outside node_modules, i.e. once bundled into
  // .next/server, on the first XLSX export (tests/unit/export-deprecations.test.ts).
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "exceljs"],
  poweredByHeader: false,
  // The build is named by its sources' content, so `npm run demo` can tell a current build
  // from a stale one however the files were touched (lib/demo/build-check.ts).
  generateBuildId: () => sourceHash(fileURLToPath(new URL(".", import.meta.url))),
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
