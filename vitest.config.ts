import path from "node:path";
import { defineConfig } from "vitest/config";

// Two projects, as the layers: unit tests of pure logic beside the code, and
// integration tests (*.integration.test.ts) on the embedded database and PostgreSQL.
const shared = {
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Outside Next, the marker package would throw on import; tests are server-side.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          include: ["{app,components,lib,scripts}/**/*.test.{ts,tsx}"],
          exclude: ["**/*.integration.test.ts", "**/node_modules/**"],
        },
      },
      {
        ...shared,
        test: {
          name: "integration",
          include: ["{app,lib,scripts,test}/**/*.integration.test.ts"],
          globalSetup: ["test/support/postgres-global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
