import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Components get data as props and never reach the server side (STYLE.md, habit 1).
    files: ["components/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db/*", "@/lib/env", "**/lib/db/*", "**/lib/env"],
              message: "Components get data as props; they never touch the database or secrets.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "lib/db/generated/**",
    "data/**",
    ".tmp/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
]);
