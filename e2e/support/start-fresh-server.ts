import { spawn } from "node:child_process";
import { rmSync } from "node:fs";

// Playwright's web server for the e2e tests: `npm start` on an empty data folder, so
// every run sees exactly the bundled snapshot and never a previous run's writes.
// Playwright starts web servers before global setup, so the wipe cannot live there.
const dataDir = process.env.DATA_DIR;
if (!dataDir) throw new Error("start-fresh-server: DATA_DIR must name the throwaway data folder");
rmSync(dataDir, { recursive: true, force: true });

const server = spawn("npm", ["start"], { stdio: "inherit" });
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
// Stay up until the server has closed its database; pass a stop request on to it.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
