import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

// Starts a throwaway PostgreSQL server for the integration tests when the caller gave
// none (TEST_DATABASE_URL), so `npm test` covers PostgreSQL on any machine that has
// the server binaries (Debian package `postgresql`). It listens on loopback only and
// lives in a temporary folder that is removed when it stops.

function findBinDir(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const dir = path.join(root, version, "bin");
    if (existsSync(path.join(dir, "initdb"))) return dir;
  }
  throw new Error(
    "PostgreSQL server binaries not found under /usr/lib/postgresql: install the `postgresql` package " +
      "(.ci/run does) or set TEST_DATABASE_URL to a server the tests may create databases on.",
  );
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export async function startPostgres(): Promise<{ url: string; stop: () => void }> {
  const bin = findBinDir();
  const dir = mkdtempSync(path.join(tmpdir(), "msc-tracker-pg-"));
  // PostgreSQL refuses to run as root; run it as the `postgres` user when we are root.
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) => {
    const full = path.join(bin, command);
    if (asRoot) execFileSync("runuser", ["-u", "postgres", "--", full, ...args], { stdio: "pipe" });
    else execFileSync(full, args, { stdio: "pipe" });
  };
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, "data");
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-sync"]);
  const port = await freePort();
  run("pg_ctl", [
    "-D",
    data,
    "-l",
    path.join(dir, "server.log"),
    "-w",
    "start",
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
  ]);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      const full = path.join(bin, "pg_ctl");
      const args = ["-D", data, "-m", "immediate", "stop"];
      if (asRoot) spawnSync("runuser", ["-u", "postgres", "--", full, ...args]);
      else spawnSync(full, args);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
