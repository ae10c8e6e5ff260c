import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without type declarations
import { missingOptionalEntries } from "./complete-lockfile.mjs";

describe("package-lock.json", () => {
  it("lists every pinned optional platform package, so `npm ci` accepts it", () => {
    const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
    expect(Object.keys(missingOptionalEntries(lock))).toEqual([]);
  });

  it("is checked by a function that does find missing entries", () => {
    const lock = {
      packages: {
        "": {},
        "node_modules/next": {
          optionalDependencies: { "@next/swc-darwin-arm64": "16.4.6", "@next/swc-linux-x64-gnu": "16.4.6" },
        },
        "node_modules/@next/swc-linux-x64-gnu": { version: "16.4.6" },
      },
    };
    expect(missingOptionalEntries(lock)).toEqual({
      "node_modules/@next/swc-darwin-arm64": { version: "16.4.6", optional: true },
    });
  });
});
