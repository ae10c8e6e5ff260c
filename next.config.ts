import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder, and the
  // database handle is shared through globalThis with the start-up script: these must
  // be loaded by Node as they are, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "proper-lockfile"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
