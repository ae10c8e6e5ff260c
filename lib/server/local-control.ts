import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { readFileSync, writeFileSync, rmSync } from "node:fs";
import path from "node:path";

// The embedded database admits one process. When the server holds it, command-line
// tools (npm run sync) ask the server to do the work instead: the server writes its
// port and a random secret into the data folder, readable only by the same user.

export type LocalControl = { port: number; token: string; pid: number };

const FILE = "server.json";
const KEY = Symbol.for("msc-tracker.local-control-token");

export function publishLocalControl(dataDir: string, port: number): void {
  const token = randomBytes(32).toString("hex");
  (globalThis as Record<symbol, string>)[KEY] = token;
  const file = path.join(path.resolve(dataDir), FILE);
  writeFileSync(file, JSON.stringify({ port, token, pid: process.pid } satisfies LocalControl), { mode: 0o600 });
  process.on("exit", () => rmSync(file, { force: true }));
}

export function readLocalControl(dataDir: string): LocalControl | null {
  try {
    return JSON.parse(readFileSync(path.join(path.resolve(dataDir), FILE), "utf8")) as LocalControl;
  } catch {
    return null;
  }
}

/** Constant-time check of a bearer token against this server's secret. */
export function isLocalControlToken(candidate: string | null): boolean {
  const token = (globalThis as Record<symbol, string | undefined>)[KEY];
  if (!token || !candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
