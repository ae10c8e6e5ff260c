import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "@/test/support/postgres-server";

// The real `npm start` (scripts/start.ts: migrate, load the snapshot, build if needed,
// serve) on a fresh embedded database in a temporary folder, as a child process.

const READY_LINE = "MSC Tracker on";
const START_TIMEOUT_MS = 300_000; // a first start runs `next build`
const STOP_TIMEOUT_MS = 15_000;

export type AppServer = { url: string; dataDir: string; pid: number; stop(): Promise<void> };

/**
 * `options.dataDir` serves a prepared embedded database, kept after stop; without it
 * the database is a fresh temporary one, deleted after. `extraEnv` may name PORT or a
 * DATABASE_URL (the caller's own DATABASE_URL is never inherited).
 */
export async function startAppServer(
  extraEnv: Record<string, string>,
  options: { dataDir?: string } = {},
): Promise<AppServer> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), "msc-tracker-bench-"));
  const port = extraEnv.PORT ?? String(await freePort());
  const { DATABASE_URL: _callers, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    DATA_DIR: dataDir,
    HOSTNAME: "127.0.0.1",
    SYNC_INTERVAL_MINUTES: "0",
    ...extraEnv,
    PORT: port,
  };
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/start.ts"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stop = async () => {
    await stopChild(child);
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForReady(child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}`, dataDir, pid: child.pid!, stop };
}

/** Resolves on the start-up banner; echoes the server's output so a build is visible. */
function waitForReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the server did not start in time")), START_TIMEOUT_MS);
    const echo = (chunk: Buffer) => {
      for (const line of chunk.toString().split("\n").filter(Boolean)) {
        console.log(`  [server] ${line}`);
        if (line.includes(READY_LINE)) {
          clearTimeout(timer);
          resolve();
        }
      }
    };
    child.stdout?.on("data", echo);
    child.stderr?.on("data", echo);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with code ${code} before it was ready`));
    });
  });
}

/** SIGTERM lets the server close its embedded database; SIGKILL only if it hangs. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
