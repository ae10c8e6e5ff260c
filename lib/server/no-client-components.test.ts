import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The server strips Next's scripts from finished pages (strip-client-scripts.ts), which
// is right only while no page has a client component. This fails the day one is added,
// so that whoever adds it also decides how the page gets its JavaScript back.

const ALLOWED = new Set(["app/error.tsx", "app/global-error.tsx"]); // render only on 500s, which keep their scripts

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(process.cwd(), path.join(entry.parentPath, entry.name)));
}

describe("client components", () => {
  it("exist only as the error boundaries", () => {
    const clientFiles = ["app", "components"]
      .flatMap(sourceFiles)
      .filter((file) => /^\s*["']use client["']/m.test(readFileSync(file, "utf8")));
    expect(clientFiles.filter((file) => !ALLOWED.has(file))).toEqual([]);
    expect(clientFiles.sort()).toEqual([...ALLOWED].sort());
  });
});
