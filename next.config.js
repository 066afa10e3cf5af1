// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // pg and the Prisma adapter load native-ish modules at runtime; keep them out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
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
