import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import { loadSnapshotIfEmpty, readSnapshot } from "@/lib/proposals/load-snapshot";
import { DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";
import { loadStatsProposals } from "./load-stats-proposals";

const snapshot = readSnapshot();
const at = (iso: string) => new Date(iso);

describe.each(DATABASE_KINDS)("the statistics loader on the %s database", (kind) => {
  let db: DatabaseHandle;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.runner);
    await loadSnapshotIfEmpty(db.prisma);
  });
  afterAll(async () => db.close());

  it("reads every snapshot MSC with its state, kind and known times", async () => {
    const proposals = await loadStatsProposals(db.prisma);
    expect(proposals).toHaveLength(snapshot.records.length);
    const merged = snapshot.records.filter((r) => r.state === "merged").length;
    expect(proposals.filter((p) => p.state === "merged")).toHaveLength(merged);
    // MSC1219 is merged with a known merge time and no labels observed.
    expect(proposals.find((p) => p.number === 1219)).toMatchObject({
      state: "merged",
      kind: null,
      createdAt: null,
      mergedAt: Date.parse("2019-10-29T17:54:44Z"),
      fcpStartedAt: null,
      fcpLabelChanges: [],
    });
    const kinds = snapshot.records.filter((r) => r.labels?.some((l) => l.startsWith("kind:"))).length;
    expect(proposals.filter((p) => p.kind !== null)).toHaveLength(kinds);
  });

  it("takes FCP start from a round, else from label history, and activity from the newest fact", async () => {
    await db.prisma.proposal.createMany({
      data: [90001, 90002].map((number) => ({
        number,
        title: `MSC${number}: Synced`,
        githubState: "open",
        createdAt: at("2026-01-01T00:00:00Z"),
        updatedAt: at("2026-02-01T00:00:00Z"),
        source: "sync" as const,
      })),
    });
    await db.prisma.label.createMany({
      data: [{ name: "final-comment-period" }, { name: "kind:core" }, { name: "client-server" }],
      skipDuplicates: true,
    });
    await db.prisma.proposalLabel.create({ data: { proposalNumber: 90001, labelName: "kind:core" } });
    await db.prisma.labelChange.createMany({
      data: [
        {
          proposalNumber: 90001,
          labelName: "final-comment-period",
          action: "added" as const,
          at: at("2026-03-01T00:00:00Z"),
        },
        {
          proposalNumber: 90002,
          labelName: "final-comment-period",
          action: "added" as const,
          at: at("2026-03-05T00:00:00Z"),
        },
        { proposalNumber: 90002, labelName: "client-server", action: "added" as const, at: at("2026-04-01T00:00:00Z") },
      ].map((c) => ({ ...c, source: "sync" as const })),
    });
    await db.prisma.fcpRound.create({
      data: {
        proposalNumber: 90001,
        disposition: "merge",
        proposedBy: "someone",
        proposedAt: at("2026-02-10T00:00:00Z"),
        startedAt: at("2026-02-20T00:00:00Z"),
        source: "mscbot",
      },
    });

    const proposals = await loadStatsProposals(db.prisma);
    const [first, second] = [90001, 90002].map((n) => proposals.find((p) => p.number === n)!);
    expect(first).toMatchObject({
      kind: "core",
      fcpStartedAt: Date.parse("2026-02-20T00:00:00Z"),
      lastActivityAt: Date.parse("2026-03-01T00:00:00Z"),
      fcpLabelChanges: [{ label: "final-comment-period", action: "added", at: Date.parse("2026-03-01T00:00:00Z") }],
    });
    // Only FCP labels make up the history, but any label change is activity.
    expect(second).toMatchObject({
      fcpStartedAt: Date.parse("2026-03-05T00:00:00Z"),
      lastActivityAt: Date.parse("2026-04-01T00:00:00Z"),
    });
    expect(second!.fcpLabelChanges).toHaveLength(1);
  });
});
