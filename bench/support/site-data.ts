import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import { openEmbedded } from "@/lib/db/open-embedded";
import { openPostgres } from "@/lib/db/open-postgres";
import { startFakeGitHub } from "@/test/fake-github/start-fake-github";
import { syncWithFake } from "@/test/support/sync-harness";
import { createPostgresDatabase } from "@/test/support/test-database";
import { ensurePostgresServer } from "./bench-databases";

// The data a site benchmark serves: the fake GitHub grown to `scale` MSCs, synced into a
// database before the server starts (the sync is not what is measured). The embedded
// database is kept under .tmp/ and reused by later runs at the same scale, since a full
// sync of 4,500 MSCs takes minutes; PostgreSQL gets a fresh throwaway database each run.
// scale null: no sync, the server loads its bundled snapshot (378 real MSCs).

export type SiteData = {
  description: string;
  /** Environment for startAppServer: DATABASE_URL for PostgreSQL. */
  env: Record<string, string>;
  /** A prepared embedded database folder, kept after the server stops. */
  dataDir?: string;
  dispose(): Promise<void>;
};

const CACHE_ROOT = path.join(process.cwd(), ".tmp", "bench-site");

async function syncInto(db: DatabaseHandle, scale: number): Promise<number> {
  const started = performance.now();
  const fake = await startFakeGitHub({ scale });
  try {
    await applyMigrations(db.runner);
    const summary = await syncWithFake(db.prisma, fake, { timeoutMs: 60_000 });
    if (summary.outcome !== "succeeded") throw new Error(`preparing the data: the sync failed: ${summary.error}`);
    const count = await db.prisma.proposal.count();
    console.log(`Synced ${count} MSCs from the fake GitHub in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
    return count;
  } finally {
    await fake.close();
    await db.close();
  }
}

export async function prepareSiteData(kind: "embedded" | "postgres", scale: number | null): Promise<SiteData> {
  if (scale === null) {
    return { description: "the bundled snapshot (378 MSCs)", env: {}, dispose: async () => {} };
  }
  if (kind === "postgres") {
    const stopServer = await ensurePostgresServer();
    const database = await createPostgresDatabase();
    const count = await syncInto(await openPostgres(database.url), scale);
    return {
      description: `${count} MSCs (fake GitHub --scale ${scale}) on a throwaway PostgreSQL`,
      env: { DATABASE_URL: database.url },
      dispose: async () => (await database.drop(), stopServer()),
    };
  }
  const dataDir = path.join(CACHE_ROOT, `embedded-${scale}`);
  const marker = path.join(dataDir, "bench-prepared.json");
  let count: number;
  if (existsSync(marker)) {
    count = (JSON.parse(readFileSync(marker, "utf8")) as { count: number }).count;
    console.log(`Reusing the prepared embedded database in ${path.relative(process.cwd(), dataDir)}.`);
  } else {
    rmSync(dataDir, { recursive: true, force: true });
    console.log(`Preparing ${scale} MSCs in ${path.relative(process.cwd(), dataDir)} (once; reused later)…`);
    count = await syncInto(await openEmbedded(dataDir), scale);
    writeFileSync(marker, JSON.stringify({ scale, count }));
  }
  return {
    description: `${count} MSCs (fake GitHub --scale ${scale}) on the embedded database`,
    env: {},
    dataDir,
    dispose: async () => {},
  };
}
