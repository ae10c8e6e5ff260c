import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import { listProposals } from "@/lib/proposals/list-proposals";
import { loadSnapshotIfEmpty, readSnapshot } from "@/lib/proposals/load-snapshot";
import { DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";
import { countProposalsByStatus } from "./count-proposals-by-status";
import { listCurrentTeam } from "./list-current-team";
import { listFcpOverview } from "./list-fcp-overview";
import { listRecentChanges } from "./list-recent-changes";

const snapshot = readSnapshot();
const VOTED = 4354;
const LABELS_ONLY = 4362;
const FINISHED = 4333;

describe.each(DATABASE_KINDS)("the attention pages' queries on the %s database", (kind) => {
  let db: DatabaseHandle;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.runner);
    await loadSnapshotIfEmpty(db.prisma);
    const prisma = db.prisma;
    const labels = ["proposed-final-comment-period", "final-comment-period", "disposition-close"];
    await prisma.label.createMany({ data: labels.map((name) => ({ name })), skipDuplicates: true });
    await prisma.proposalLabel.createMany({
      data: [
        { proposalNumber: VOTED, labelName: "proposed-final-comment-period" },
        { proposalNumber: LABELS_ONLY, labelName: "final-comment-period" },
        { proposalNumber: LABELS_ONLY, labelName: "disposition-close" },
      ],
    });
    const proposedAt = new Date("2026-11-20T12:00:00Z");
    const round = await prisma.fcpRound.create({
      data: {
        proposalNumber: VOTED,
        disposition: "merge",
        proposedBy: "richvdh",
        proposedAt,
        roster: ["richvdh", "dbkr", "uhoreg", "tulir"],
        source: "mscbot",
      },
    });
    await prisma.vote.createMany({
      data: ["richvdh", "tulir"].map((memberLogin) => ({
        fcpRoundId: round.id,
        memberLogin,
        position: "approve" as const,
        at: proposedAt,
        source: "mscbot" as const,
      })),
    });
    await prisma.concern.create({
      data: {
        proposalNumber: VOTED,
        fcpRoundId: round.id,
        text: "needs tests",
        raisedBy: "dbkr",
        raisedAt: proposedAt,
        source: "mscbot",
      },
    });
    // A finished round is history: neither page lists it.
    await prisma.fcpRound.create({
      data: {
        proposalNumber: FINISHED,
        disposition: "merge",
        proposedBy: "richvdh",
        proposedAt: new Date("2026-01-01T00:00:00Z"),
        startedAt: new Date("2026-01-02T00:00:00Z"),
        endsAt: new Date("2026-01-07T00:00:10Z"),
        completedAt: new Date("2026-01-07T00:00:10Z"),
        source: "mscbot",
      },
    });
    await prisma.event.create({
      data: {
        proposalNumber: VOTED,
        kind: "status.changed",
        at: proposedAt,
        source: "webhook",
        data: { from: "in-review", to: "proposed-fcp" },
      },
    });
  });
  afterAll(async () => db.close());

  it("counts every proposal once, by the status the API derives", async () => {
    const counts = await countProposalsByStatus(db.prisma);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(snapshot.records.length);
    const merged = await listProposals({ page: 1, per_page: 1, status: "merged" }, db.prisma);
    expect(counts.merged).toBe(merged.total);
    expect(counts["proposed-fcp"]).toBe(1);
    expect(counts.fcp).toBe(1);
  });

  it("lists the open round with its progress, and the labels-only FCP without a record", async () => {
    const { active, proposed } = await listFcpOverview(db.prisma);
    // No team synced: the roster of four counts, and 75 % of 4 is 3.
    expect(proposed).toEqual([
      expect.objectContaining({
        number: VOTED,
        title: "MSC4354: Sticky Events",
        has_record: true,
        progress: "2 of 3 approvals, 1 open concern",
        open_concerns: ["needs tests"],
        not_voted: ["dbkr", "uhoreg"],
      }),
    ]);
    expect(active).toEqual([
      expect.objectContaining({ number: LABELS_ONLY, has_record: false, disposition: "close", progress: null }),
    ]);
  });

  it("reads the current team only", async () => {
    expect(await listCurrentTeam(db.prisma)).toEqual([]);
    await db.prisma.sctMember.createMany({
      data: [
        { githubLogin: "uhoreg", servedFrom: new Date("2020-01-01Z"), source: "sync" },
        { githubLogin: "Ara4n", servedFrom: new Date("2020-01-01Z"), source: "sync" },
        {
          githubLogin: "left",
          servedFrom: new Date("2020-01-01Z"),
          servedUntil: new Date("2024-01-01Z"),
          source: "sync",
        },
      ],
    });
    expect(await listCurrentTeam(db.prisma)).toEqual(["Ara4n", "uhoreg"]);
  });

  it("lists recent changes newest first, one per MSC, logged events before timestamps", async () => {
    const changes = await listRecentChanges(5, db.prisma);
    expect(changes).toHaveLength(5);
    expect(changes[0]).toEqual({
      number: VOTED,
      title: "MSC4354: Sticky Events",
      at: "2026-11-20T12:00:00.000Z",
      what: "moved from In review to Proposed FCP",
    });
    // The rest come from the snapshot's own dates, newest first.
    const times = changes.map((c) => Date.parse(c.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(changes.map((c) => c.number)).size).toBe(5);
    expect(changes.slice(1).every((c) => c.what === "opened" || c.what === "merged")).toBe(true);
  });
});
