import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EXEMPT_ROUTES, MUTATING_ROUTES } from "@/e2e/support/mutating-routes";

// A page that hides a button protects nothing (STYLE.md habit 2): every route that can
// change data must be in the authorization spec's table (e2e/support/mutating-routes.ts)
// or exempted there with its reason. This reads the route handlers in app/ and fails
// on one that is in neither, or on a row whose handler no longer exists.

const MUTATING = ["POST", "PUT", "PATCH", "DELETE"] as const;
const APP = path.resolve(import.meta.dirname, "../../app");

/** The mutating methods a route module exports, in each form TypeScript allows. */
function exportedMutatingMethods(source: string): string[] {
  const found = new Set<string>();
  const declared = /export\s+(?:async\s+)?(?:function\*?|const|let|var)\s+(POST|PUT|PATCH|DELETE)\b/g;
  for (const match of source.matchAll(declared)) found.add(match[1]!);
  // `export { handler as POST }` and `export { POST } from "./x"`
  for (const match of source.matchAll(/export\s*(?:type\s*)?\{([^}]*)\}/g)) {
    for (const part of match[1]!.split(",")) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .at(-1)
        ?.trim();
      if (name && (MUTATING as readonly string[]).includes(name)) found.add(name);
    }
  }
  return [...found].sort();
}

/** `app/api/x/[id]/route.ts` -> `/api/x/[id]`; route groups `(name)` are not in the URL. */
function routePathOf(file: string): string {
  const segments = path.relative(APP, path.dirname(file)).split(path.sep).filter(Boolean);
  return `/${segments.filter((s) => !/^\(.*\)$/.test(s)).join("/")}`;
}

function routeFiles(): string[] {
  return readdirSync(APP, { recursive: true, encoding: "utf8" })
    .filter((file) => /(^|[\\/])route\.(ts|tsx|js|mjs)$/.test(file))
    .map((file) => path.join(APP, file));
}

describe("every mutating route is checked for authorization", () => {
  const handlers = routeFiles().flatMap((file) =>
    exportedMutatingMethods(readFileSync(file, "utf8")).map((method) => `${method} ${routePathOf(file)}`),
  );
  const tabled = MUTATING_ROUTES.map((row) => `${row.method} ${row.route}`);
  const exempt = EXEMPT_ROUTES.map((row) => `${row.method} ${row.route}`);

  it("finds the route handlers it checks", () => {
    // A scanner that finds nothing would pass everything below.
    expect(handlers).toContain("POST /api/v1/proposals/[number]/fcp");
    expect(handlers).toContain("POST /api/auth/[...nextauth]");
  });

  it("has each mutating handler in the authorization table or exempted with a reason", () => {
    const missing = handlers.filter((handler) => !tabled.includes(handler) && !exempt.includes(handler));
    expect(missing, "add a row to e2e/support/mutating-routes.ts").toEqual([]);
    for (const row of EXEMPT_ROUTES) expect(row.reason.length, row.route).toBeGreaterThan(20);
  });

  it("has no row for a handler that no longer exists, and none twice", () => {
    expect([...tabled, ...exempt].filter((row) => !handlers.includes(row))).toEqual([]);
    expect(new Set([...tabled, ...exempt]).size).toBe(tabled.length + exempt.length);
  });
});

describe("exportedMutatingMethods", () => {
  it("reads functions, constants and export lists, and ignores reads", () => {
    expect(exportedMutatingMethods("export async function POST(r: Request) {}")).toEqual(["POST"]);
    expect(exportedMutatingMethods("export const DELETE = defineFormRoute(x, y);")).toEqual(["DELETE"]);
    expect(exportedMutatingMethods("export { handler as GET, handler as POST };")).toEqual(["POST"]);
    expect(exportedMutatingMethods('export { PUT, PATCH } from "./shared";')).toEqual(["PATCH", "PUT"]);
    expect(exportedMutatingMethods("export async function GET() {}\nconst POST = 1;")).toEqual([]);
  });

  it("names a route by its folders, without route groups", () => {
    expect(routePathOf(path.join(APP, "(admin)", "api", "team", "[login]", "route.ts"))).toBe("/api/team/[login]");
  });
});
