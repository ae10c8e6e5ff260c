import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markDataChanged } from "@/lib/cache/data-generation";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import type { FcpDispositionName } from "@/lib/fcp/fcp-dto";
import { cancelFcp } from "@/lib/fcp/operations/cancel-fcp";
import { completeDueFcps } from "@/lib/fcp/operations/complete-due-fcps";
import { applyFcpChange } from "@/lib/fcp/operations/fcp-change";
import { proposeFcp } from "@/lib/fcp/operations/propose-fcp";
import { recordPosition } from "@/lib/fcp/operations/record-position";
import { loadProposalFeed } from "@/lib/feeds/load-proposal-feed";
import { loadStatusChanges } from "@/lib/feeds/load-feed-events";
import type { GitHubIssue } from "@/lib/github/github-types";
import { storeIssues } from "@/lib/github/sync/store-issues";
import { countProposalsByStatus } from "@/lib/overview/count-proposals-by-status";
import { listFcpOverview } from "@/lib/overview/list-fcp-overview";
import { seedTeam } from "@/test/support/seed-fcp-team";
import { DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";
import { getProposal } from "./get-proposal";
import { getProposalDetail } from "./get-proposal-detail";
import { listProposalSummariesFrom } from "./list-proposal-summaries";
import { findProposals } from "./list-proposals";
import { listFollowedProposals } from "@/lib/me/list-followed-proposals";

const T0 = new Date("2026-06-01T12:00:00Z");
const at = (days: number) => new Date(T0.getTime() + days * 86_400_000);
/** How many readers `statuses` asks. */
const READERS = 5;
const LABELS = ["proposal", "kind:feature", "proposed-final-comment-period", "finished-final-comment-period"];

describe.each(DATABASE_KINDS)("status of MSCs whose FCP the app runs, on the %s database", (kind) => {
  let db: DatabaseHandle;
  let nextMsc = 7000;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.runner);
    await seedTeam(db.prisma);
    await db.prisma.label.createMany({ data: LABELS.map((name) => ({ name })) });
  });
  afterAll(async () => db.close());

  /** An open MSC carrying GitHub's labels `labels`. */
  const fresh = async (labels = ["proposal", "kind:feature"]) => {
    const number = nextMsc++;
    await db.prisma.proposal.create({
      data: {
        number,
        githubId: BigInt(number),
        title: `MSC${number}: Test`,
        githubState: "open",
        source: "sync",
        updatedAt: T0,
        labels: { create: labels.map((labelName) => ({ labelName })) },
      },
    });
    return number;
  };
  const propose = (msc: number, disposition: FcpDispositionName = "merge", now = T0) =>
    applyFcpChange(db.prisma, "m0", (tx) => proposeFcp(tx, { proposalNumber: msc, disposition, by: "m0" }, { now }));
  const approveAll = async (roundId: number, now = T0) => {
    for (const member of ["m1", "m2", "m3", "m4", "m5", "m6", "m7"]) {
      await applyFcpChange(db.prisma, member, (tx) =>
        recordPosition(tx, { roundId, member, position: "approve" }, { now }),
      );
    }
  };
  /**
   * The status every reader derives: the single proposal, its detail, the list and its
   * memo, and a follower's list on /me (the MSC is followed here by "follower").
   */
  const statuses = async (msc: number) => {
    const follower = await db.prisma.user.upsert({
      where: { githubLogin: "follower" },
      create: { githubLogin: "follower" },
      update: {},
    });
    await db.prisma.follow.createMany({ data: [{ userId: follower.id, proposalNumber: msc }], skipDuplicates: true });
    const listed = await findProposals({ page: 1, per_page: 1000, q: String(msc) }, db.prisma);
    const summaries = await listProposalSummariesFrom(db.prisma);
    const followed = await listFollowedProposals(db.prisma, "follower");
    return [
      (await getProposal(msc, db.prisma))?.status,
      (await getProposalDetail(msc, db.prisma))?.status,
      listed.matches.find((p) => p.number === msc)?.status,
      summaries.find((p) => p.number === msc)?.status,
      followed.find((p) => p.number === msc)?.status,
    ];
  };
  const moves = async (msc: number) =>
    (
      await db.prisma.event.findMany({ where: { proposalNumber: msc, kind: "status.changed" }, orderBy: { id: "asc" } })
    ).map((e) => ({
      ...(e.data as { from: string; to: string }),
      source: e.source,
      actor: e.actorLogin,
      key: e.dedupeKey,
    }));

  it("moves through the FCP statuses on every reader while GitHub's labels stay put", async () => {
    const msc = await fresh();
    expect(await statuses(msc)).toEqual(Array(READERS).fill("in-review"));
    const { roundId } = await propose(msc);
    expect(await statuses(msc)).toEqual(Array(READERS).fill("proposed-fcp"));
    expect((await getProposal(msc, db.prisma))?.labels).toEqual(["kind:feature", "proposal"]);
    expect((await listFcpOverview(db.prisma)).proposed.map((e) => e.number)).toContain(msc);
    // Filters and their counts see the overlay too.
    const filtered = await findProposals({ page: 1, per_page: 1000, status: "proposed-fcp" }, db.prisma);
    expect(filtered.matches.map((p) => p.number)).toContain(msc);
    const countedBefore = (await countProposalsByStatus(db.prisma)).fcp ?? 0;

    await approveAll(roundId, at(1));
    expect(await statuses(msc)).toEqual(Array(READERS).fill("fcp"));
    expect((await countProposalsByStatus(db.prisma)).fcp).toBe(countedBefore + 1);
    expect((await listFcpOverview(db.prisma)).active.map((e) => e.number)).toContain(msc);

    expect(await completeDueFcps(db.prisma, at(6))).toContain(roundId);
    expect(await statuses(msc)).toEqual(Array(READERS).fill("fcp-finished"));
    expect((await getProposalDetail(msc, db.prisma))?.labels).toEqual(["kind:feature", "proposal"]);

    expect(await moves(msc)).toEqual([
      { from: "in-review", to: "proposed-fcp", source: "web", actor: "m0", key: null },
      {
        from: "proposed-fcp",
        to: "fcp",
        source: "system",
        actor: null,
        key: `status.changed:round:${roundId}:started`,
      },
      {
        from: "fcp",
        to: "fcp-finished",
        source: "system",
        actor: null,
        key: `status.changed:round:${roundId}:finished`,
      },
    ]);
    // The public status feed, the MSC's feed and its timeline show each move.
    const feed = (await loadStatusChanges(100, db.prisma)).filter((e) => e.proposalNumber === msc);
    expect(feed.map((e) => (e.data as { to: string }).to)).toEqual(["fcp-finished", "fcp", "proposed-fcp"]);
    const own = await loadProposalFeed(msc, 100, db.prisma);
    expect(own?.events.map((e) => e.kind)).toEqual(
      expect.arrayContaining(["status.changed", "fcp.proposed", "fcp.started", "fcp.finished"]),
    );
    const timeline = (await getProposalDetail(msc, db.prisma))?.events.map((e) => e.text) ?? [];
    expect(timeline).toEqual(
      expect.arrayContaining([
        "The status changed from in review to proposed FCP",
        "The status changed from proposed FCP to FCP",
        "The status changed from FCP to FCP finished",
      ]),
    );
    // Finishing is recorded before the status move it caused, at the same instant.
    expect(timeline.indexOf("FCP to merge finished")).toBeLessThan(
      timeline.indexOf("The status changed from FCP to FCP finished"),
    );
  });

  it("shows a finished postponement as Postponed and a cancellation as a step back", async () => {
    const postponed = await fresh();
    const { roundId } = await propose(postponed, "postpone");
    await approveAll(roundId);
    await completeDueFcps(db.prisma, at(5));
    expect(await statuses(postponed)).toEqual(Array(READERS).fill("postponed"));

    const cancelled = await fresh();
    const round = await propose(cancelled);
    await applyFcpChange(db.prisma, "m1", (tx) =>
      cancelFcp(tx, { roundId: round.roundId, by: "m1", reason: "Not ready" }, { now: at(1) }),
    );
    expect(await statuses(cancelled)).toEqual(Array(READERS).fill("in-review"));
    expect((await moves(cancelled)).map((m) => [m.from, m.to, m.actor])).toEqual([
      ["in-review", "proposed-fcp", "m0"],
      ["proposed-fcp", "in-review", "m1"],
    ]);
    expect((await listFcpOverview(db.prisma)).proposed.map((e) => e.number)).not.toContain(cancelled);
  });

  it("follows GitHub's labels once the latest round is an imported one", async () => {
    const msc = await fresh(["proposal", "proposed-final-comment-period"]);
    const { roundId } = await propose(msc, "merge", at(-10));
    await applyFcpChange(db.prisma, "m0", (tx) => cancelFcp(tx, { roundId, by: "m0", reason: "" }, { now: at(-9) }));
    expect(await statuses(msc)).toEqual(Array(READERS).fill("in-review"));
    // mscbot then ran a round on GitHub: its labels are the record again.
    await db.prisma.fcpRound.create({
      data: { proposalNumber: msc, disposition: "close", proposedBy: "m2", proposedAt: at(-1), source: "mscbot" },
    });
    markDataChanged(); // as the sync does after each page
    expect(await statuses(msc)).toEqual(Array(READERS).fill("proposed-fcp"));
  });

  it("records no second move when GitHub's labels catch up, but does for a change the round does not explain", async () => {
    const msc = await fresh();
    const { roundId } = await propose(msc);
    await approveAll(roundId);
    await completeDueFcps(db.prisma, at(5));
    const issue = (labels: string[], updated: Date, state = "open"): GitHubIssue => ({
      id: msc,
      number: msc,
      title: `MSC${msc}: Test`,
      state,
      user: { login: "someone" },
      labels,
      created_at: T0.toISOString(),
      updated_at: updated.toISOString(),
      closed_at: state === "closed" ? updated.toISOString() : null,
      pull_request: { merged_at: null },
    });
    const before = await moves(msc);
    await db.prisma.$transaction((tx) =>
      storeIssues(tx, [issue(["proposal", "kind:feature", "finished-final-comment-period"], at(6))], "sync"),
    );
    expect(await moves(msc)).toEqual(before);
    expect((await getProposal(msc, db.prisma))?.labels).toContain("finished-final-comment-period");
    await db.prisma.$transaction((tx) => storeIssues(tx, [issue(["proposal"], at(7), "closed")], "sync"));
    expect((await moves(msc)).slice(before.length)).toEqual([
      { from: "fcp-finished", to: "closed", source: "sync", actor: null, key: expect.any(String) },
    ]);
  });
});
