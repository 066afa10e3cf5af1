// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // pg and the Prisma adapter load native-ish modules at runtime; keep them out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
