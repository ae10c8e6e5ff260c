// `npx tsx --conditions=react-server bench/sync.ts [--scale 4500|real] [--db embedded|postgres]`
// Sync cost against the fake GitHub: requests (vs the listing-page floor), 304s, wall
// time and peak RSS for a full, an idle and an incremental sync. Exits 1 if a target fails.
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import type { DatabaseKind } from "@/test/support/test-database";
import { availableDatabases, ensurePostgresServer } from "./support/bench-databases";
import { runScenario } from "./support/sync-scenario";

const DEFAULT_SCALE = 4500;

const { values } = parseArgs({
  options: { scale: { type: "string" }, db: { type: "string" }, scenario: { type: "string" } },
});

if (values.scenario) {
  // A child run of one scenario (see below): its own process, so its RSS is its own.
  const [scale, kind] = values.scenario.split(":") as [string, DatabaseKind];
  const passed = await runScenario({ scale: scale === "real" ? null : Number(scale), kind });
  process.exit(passed ? 0 : 1);
}

if (values.db && values.db !== "embedded" && values.db !== "postgres") {
  console.error("--db must be embedded or postgres");
  process.exit(2);
}
if (values.scale && values.scale !== "real" && !/^[1-9]\d*$/.test(values.scale)) {
  console.error("--scale must be a number of MSCs, or real for the recorded data alone");
  process.exit(2);
}
const kinds = availableDatabases((values.db as DatabaseKind | undefined) ?? null);
const scales = values.scale ? [values.scale] : ["real", String(DEFAULT_SCALE)];

console.log("Sync benchmark against the in-process fake GitHub (test/fake-github).");
console.log(
  "Peak RSS includes the fake GitHub server and its dataset, which run in the same process; each " +
    "scenario runs in a fresh process, and the RSS of that process holding just the fake + dataset is " +
    "printed as its baseline. Δ RSS is peak minus the RSS right before that sync. On the embedded " +
    "database the stored data lives in this process too (PGlite's WebAssembly heap); PostgreSQL's is not counted.",
);
console.log(`Databases: ${kinds.join(", ")}`);

const stopPostgres = kinds.includes("postgres") ? await ensurePostgresServer() : () => {};
let failed = false;
try {
  for (const scale of scales) {
    for (const kind of kinds) {
      // Same loader flags as this process (tsx, react-server); --expose-gc for steadier baselines.
      const child = spawnSync(
        process.execPath,
        [...process.execArgv, "--expose-gc", process.argv[1]!, "--scenario", `${scale}:${kind}`],
        { stdio: "inherit", env: process.env },
      );
      if (child.status !== 0) failed = true;
    }
  }
} finally {
  stopPostgres();
}
console.log(failed ? "\nRESULT: FAIL (a target above failed)" : "\nRESULT: PASS (every target held)");
process.exit(failed ? 1 : 0);
