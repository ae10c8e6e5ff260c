import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";
import { loadSnapshotIfEmpty, readSnapshot } from "./load-snapshot";
import { listProposalSummariesFrom } from "./list-proposal-summaries";

describe.each(DATABASE_KINDS)("the bundled snapshot on the %s database", (kind) => {
  let db: DatabaseHandle;
  afterEach(async () => db?.close());

  it("loads every real record into an empty database, once", async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.runner);
    const snapshot = readSnapshot();

    expect(await loadSnapshotIfEmpty(db.prisma, snapshot)).toEqual({ loaded: snapshot.records.length });
    expect(await loadSnapshotIfEmpty(db.prisma, snapshot)).toEqual({ loaded: 0 });
    expect(await db.prisma.proposal.count()).toBe(snapshot.records.length);

    const run = await db.prisma.syncRun.findFirstOrThrow();
    expect(run).toMatchObject({ kind: "snapshot", outcome: "succeeded" });
    expect(run.dataAsOf?.toISOString()).toBe(snapshot.dataAsOf);
  });

  it("keeps real edge cases: labels, a closed PR with a stale FCP label, merged PRs", async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.runner);
    await loadSnapshotIfEmpty(db.prisma);
    const summaries = await listProposalSummariesFrom(db.prisma);
    const byNumber = new Map(summaries.map((s) => [s.number, s]));

    // MSC1194 is a closed issue that still carries proposed-final-comment-period.
    expect(byNumber.get(1194)).toMatchObject({ status: "closed" });
    expect(byNumber.get(1194)?.labels).toContain("proposed-final-comment-period");
    // MSC1501's PR #1502 was merged after its FCP finished.
    expect(byNumber.get(1502)).toMatchObject({ status: "fcp-finished", author: "richvdh" });
    expect(summaries.filter((s) => s.status === "merged").length).toBeGreaterThan(200);
  });
});

describe("the snapshot loaded by two app instances at once on PostgreSQL", () => {
  it("is loaded exactly once", async () => {
    const { createPostgresDatabase } = await import("@/test/support/test-database");
    const { openPostgres } = await import("@/lib/db/open-postgres");
    const { url, drop } = await createPostgresDatabase();
    const [a, b] = await Promise.all([openPostgres(url), openPostgres(url)]);
    try {
      await applyMigrations(a.runner);
      const results = await Promise.all([loadSnapshotIfEmpty(a.prisma), loadSnapshotIfEmpty(b.prisma)]);
      expect(results.map((r) => r.loaded).sort((x, y) => x - y)).toEqual([0, readSnapshot().records.length]);
      expect(await a.prisma.proposal.count()).toBe(readSnapshot().records.length);
    } finally {
      await a.close();
      await b.close();
      await drop();
    }
  });
});
