import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import { openEmbedded } from "@/lib/db/open-embedded";
import { openPostgres } from "@/lib/db/open-postgres";
import { startFakeGitHub } from "@/test/fake-github/start-fake-github";
import { dumpTrackerState, REPO, syncWithFake, TEAM } from "@/test/support/sync-harness";
import {
  createPostgresDatabase,
  DATABASE_KINDS,
  openTestDatabase,
  type DatabaseKind,
} from "@/test/support/test-database";

// Every way a sync can be interrupted must end, once syncs run again, in exactly the
// state a clean sync produces: nothing lost, nothing duplicated.

async function migrated(kind: DatabaseKind): Promise<DatabaseHandle> {
  const db = await openTestDatabase(kind);
  await applyMigrations(db.runner);
  return db;
}

describe.each(DATABASE_KINDS)("sync faults on the %s database", (kind) => {
  let reference: Awaited<ReturnType<typeof dumpTrackerState>>;
  beforeAll(async () => {
    const fake = await startFakeGitHub();
    const db = await migrated(kind);
    expect((await syncWithFake(db.prisma, fake)).outcome).toBe("succeeded");
    reference = await dumpTrackerState(db.prisma);
    await db.close();
    await fake.close();
  });

  it("rides out 5xx, secondary rate limits, timeouts and cut-off pages in one sync", async () => {
    const fake = await startFakeGitHub();
    const db = await migrated(kind);
    try {
      fake.faults.serverError(502, { endpoint: "issues/list-comments-for-repo", times: 2 });
      fake.faults.serverError(503, { endpoint: "issues/list-for-repo" });
      fake.faults.secondaryRateLimit({ endpoint: "issues/list-for-repo", retryAfterSeconds: 1 });
      fake.faults.hang({ endpoint: "issues/list-events-for-repo", ms: 3_000 });
      fake.faults.dropConnection({ endpoint: "issues/list-for-repo" });
      fake.faults.dropConnection({ endpoint: "issues/list-events-for-repo" });
      const summary = await syncWithFake(db.prisma, fake, { timeoutMs: 1_000, maxRateLimitWaitSeconds: 2 });
      expect(summary.error).toBeNull();
      expect(summary.outcome).toBe("succeeded");
      expect(fake.faults.pendingCount).toBe(0);
      expect(fake.requests.filter((r) => r.fault).length).toBeGreaterThanOrEqual(7);
      expect(await dumpTrackerState(db.prisma)).toEqual(reference);
    } finally {
      await db.close();
      await fake.close();
    }
  });

  it("stops at an exhausted rate limit with its reset time, and resumes next time", async () => {
    const fake = await startFakeGitHub({ rateLimit: { authenticated: 10, windowSeconds: 4 } });
    const db = await migrated(kind);
    try {
      const first = await syncWithFake(db.prisma, fake);
      expect(first.outcome).toBe("failed");
      expect(first.error).toMatch(/^GitHub rate limit reached until \d{4}-\d\d-\d\dT[\d:]+Z; the next sync resumes/);
      const failedRun = await db.prisma.syncRun.findFirstOrThrow({ where: { outcome: "failed" } });
      expect(failedRun.rateLimitRemaining).toBe(0);

      let outcome = first.outcome;
      for (let attempt = 0; attempt < 10 && outcome !== "succeeded"; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 4_100));
        outcome = (await syncWithFake(db.prisma, fake)).outcome;
      }
      expect(outcome).toBe("succeeded");
      expect(await dumpTrackerState(db.prisma)).toEqual(reference);
    } finally {
      await db.close();
      await fake.close();
    }
  });

  it("converges after the syncing process is killed mid-sync", async () => {
    const fake = await startFakeGitHub();
    const dir = mkdtempSync(path.join(tmpdir(), "msc-killed-sync-"));
    const postgres = kind === "postgres" ? await createPostgresDatabase() : null;
    const target = postgres ? { DATABASE_URL: postgres.url } : { DATABASE_URL: "", DATA_DIR: dir };
    try {
      const setup = postgres ? await openPostgres(postgres.url) : await openEmbedded(dir, 2_000);
      await applyMigrations(setup.runner);
      await setup.close();

      const child = spawn(
        process.execPath,
        ["--conditions=react-server", "--import", "tsx", "test/support/run-sync-child.ts"],
        {
          env: {
            ...process.env,
            ...target,
            GITHUB_API_URL: fake.url,
            GITHUB_TOKEN: "t",
            GITHUB_REPO: REPO,
            SCT_TEAM: TEAM,
          },
          stdio: "ignore",
        },
      );
      const exited = new Promise((resolve) => child.once("exit", resolve));
      // Kill it in the middle of the comments listing, after issues were committed.
      while (!fake.requests.some((r) => r.endpoint === "issues/list-comments-for-repo" && r.query.since)) {
        if (child.exitCode !== null) throw new Error("the sync finished before it could be killed");
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      child.kill("SIGKILL");
      await exited;

      if (!postgres) await new Promise((resolve) => setTimeout(resolve, 2_500)); // the dead owner's lock goes stale
      const db = postgres ? await openPostgres(postgres.url) : await openEmbedded(dir, 2_000);
      try {
        const partial = await db.prisma.syncRun.findFirstOrThrow();
        expect(partial.outcome).toBe("running"); // what a killed run leaves behind
        expect((await syncWithFake(db.prisma, fake)).outcome).toBe("succeeded");
        expect(await dumpTrackerState(db.prisma)).toEqual(reference);
      } finally {
        await db.close();
      }
    } finally {
      await fake.close();
      await postgres?.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
