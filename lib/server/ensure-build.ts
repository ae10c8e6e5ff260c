import "server-only";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

// `npm start` must serve the code that is checked out, so it builds when there is no
// build or when any source file changed since the last one. The fingerprint is over
// file names, sizes and modification times: cheap, and any edit changes it.

const SOURCES = [
  "app",
  "components",
  "lib",
  "prisma/schema.prisma",
  "next.config.ts",
  "package-lock.json",
  "postcss.config.mjs",
];
const SKIP = new Set(["node_modules", "generated", ".next"]);

function fingerprint(root: string): string {
  const hash = createHash("sha256");
  const visit = (file: string) => {
    if (!existsSync(file)) return;
    const stat = statSync(file);
    if (stat.isDirectory()) {
      for (const name of readdirSync(file).sort()) if (!SKIP.has(name)) visit(path.join(file, name));
    } else {
      hash.update(`${path.relative(root, file)}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  for (const source of SOURCES) visit(path.join(root, source));
  return hash.digest("hex");
}

export async function ensureBuild(root: string = process.cwd()): Promise<void> {
  const stamp = path.join(root, ".next", "tracker-source-fingerprint");
  const current = fingerprint(root);
  const built = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stamp);
  if (built && readFileSync(stamp, "utf8") === current) return;

  console.log("Building the web app (first start or changed sources; takes a minute)…");
  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  // Asynchronous on purpose: the embedded database's lock is refreshed by a timer in
  // this process, which a blocking build would starve until the lock looked abandoned.
  const child = spawn(process.execPath, [next, "build"], { cwd: root, stdio: "inherit" });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error("next build failed; see the output above");
  writeFileSync(stamp, current);
}
