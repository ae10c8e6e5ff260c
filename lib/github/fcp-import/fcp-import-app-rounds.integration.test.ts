import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import { listFcpRounds } from "@/lib/fcp/list-fcp-rounds";
import { applyFcpChange } from "@/lib/fcp/operations/fcp-change";
import { proposeFcp } from "@/lib/fcp/operations/propose-fcp";
import { raiseConcern } from "@/lib/fcp/operations/raise-concern";
import { recordPosition } from "@/lib/fcp/operations/record-position";
import { getProposal } from "@/lib/proposals/get-proposal";
import { mscbotStatusComment } from "@/test/support/mscbot-status-comment";
import { seedProposal, seedTeam, TEAM } from "@/test/support/seed-fcp-team";
import { DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";
import type { GitHubComment } from "../github-types";
import { storeComments } from "../sync/store-comments";

const T0 = new Date("2026-08-01T12:00:00Z");
const at = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);

describe.each(DATABASE_KINDS)("mscbot commands on MSCs whose FCP the app runs, on the %s database", (kind) => {
  let db: DatabaseHandle;
  let nextMsc = 8000;
  let nextComment = 9_000_000;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.runner);
    await seedTeam(db.prisma);
  });
  afterAll(async () => db.close());

  /** An MSC with an app-run round proposed by m0 at T0. */
  const withAppRound = async () => {
    const msc = await seedProposal(db.prisma, nextMsc++);
    const { roundId } = await applyFcpChange(db.prisma, "m0", (tx) =>
      proposeFcp(tx, { proposalNumber: msc, disposition: "merge", by: "m0" }, { now: T0 }),
    );
    return { msc, roundId };
  };
  const comment = (msc: number, login: string, body: string, hours: number): GitHubComment => ({
    id: nextComment++,
    issue_url: `https://api.github.com/repos/matrix-org/matrix-spec-proposals/issues/${msc}`,
    user: { login },
    body,
    created_at: at(hours).toISOString(),
    updated_at: at(hours).toISOString(),
  });
  const store = (...comments: GitHubComment[]) => db.prisma.$transaction((tx) => storeComments(tx, comments));
  const concerns = (msc: number) =>
    db.prisma.concern.findMany({ where: { proposalNumber: msc }, orderBy: { id: "asc" } });
  const rounds = (msc: number) => listFcpRounds({ proposalNumber: msc }, db.prisma);

  it("records a member's concern and resolution on the open app round once, however often imported", async () => {
    const { msc, roundId } = await withAppRound();
    const raised = comment(msc, "m3", "Looks close.\n\n@mscbot concern Needs  more tests", 1);
    expect(await store(raised)).toBe(1);
    expect(await store(raised)).toBe(0);
    expect(await concerns(msc)).toEqual([
      expect.objectContaining({ fcpRoundId: roundId, text: "Needs more tests", raisedBy: "m3", resolvedAt: null }),
    ]);
    const [open] = await rounds(msc);
    expect(open).toMatchObject({ id: roundId, open_concerns: 1 });
    expect(open?.concerns).toEqual([expect.objectContaining({ text: "Needs more tests", raised_by: "m3" })]);

    const resolved = comment(msc, "m4", "@mscbot resolve Needs more tests", 2);
    expect(await store(resolved)).toBe(1);
    expect(await store(raised, resolved)).toBe(0);
    expect(await concerns(msc)).toEqual([
      expect.objectContaining({ text: "Needs more tests", raisedBy: "m3", resolvedBy: "m4", resolvedAt: at(2) }),
    ]);
    expect((await rounds(msc))[0]?.concerns).toEqual([
      expect.objectContaining({ text: "Needs more tests", resolved: true, resolved_by: "m4" }),
    ]);
  });

  it("resolves a concern raised in the app by the same text on GitHub: one concern, resolved", async () => {
    const { msc } = await withAppRound();
    await applyFcpChange(db.prisma, "m1", (tx) =>
      raiseConcern(tx, { proposalNumber: msc, text: "Needs an implementation", by: "m1" }, { now: at(1) }),
    );
    // The same concern raised again on GitHub while open is that concern, not another.
    expect(await store(comment(msc, "m2", "@mscbot concern Needs an implementation", 2))).toBe(0);
    expect(await store(comment(msc, "m2", "@mscbot resolve Needs an implementation", 3))).toBe(1);
    expect(await concerns(msc)).toEqual([
      expect.objectContaining({
        text: "Needs an implementation",
        raisedBy: "m1",
        source: "web",
        resolvedBy: "m2",
        resolvedAt: at(3),
      }),
    ]);
  });

  it("opens no second round for `@mscbot fcp merge` or mscbot's status comment while the app round is open", async () => {
    const { msc, roundId } = await withAppRound();
    await store(
      comment(msc, "m1", "@mscbot fcp merge", 1),
      comment(
        msc,
        "mscbot",
        mscbotStatusComment({
          proposer: "m1",
          disposition: "merge",
          reviewers: TEAM.map((login) => ({ login, approved: false })),
        }),
        1,
      ),
    );
    expect((await rounds(msc)).map((r) => [r.id, r.phase])).toEqual([[roundId, "proposed"]]);
  });

  it("cancels the app round on a member's `@mscbot fcp cancel`, keeping its history, once", async () => {
    const { msc, roundId } = await withAppRound();
    await applyFcpChange(db.prisma, "m1", (tx) =>
      recordPosition(tx, { roundId, member: "m1", position: "approve" }, { now: at(1) }),
    );
    const cancel = comment(msc, "m5", "Not yet.\n@mscbot fcp cancel", 2);
    expect(await store(cancel)).toBe(1);
    expect(await store(cancel)).toBe(0);
    expect(await db.prisma.fcpRound.findUniqueOrThrow({ where: { id: roundId } })).toMatchObject({
      cancelledAt: at(2),
      cancelledBy: "m5",
    });
    expect(await db.prisma.vote.count({ where: { fcpRoundId: roundId } })).toBe(2);
    const events = await db.prisma.event.findMany({
      where: { proposalNumber: msc, source: "mscbot" },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.kind, e.actorLogin, e.data])).toEqual([
      ["fcp.cancelled", "m5", expect.objectContaining({ disposition: "merge" })],
      ["status.changed", "m5", { from: "proposed-fcp", to: "in-review" }],
    ]);
    expect((await getProposal(msc, db.prisma))?.status).toBe("in-review");
  });

  it("ignores commands from people not on the team, and mscbot's milestones for the app's round", async () => {
    const { msc, roundId } = await withAppRound();
    await applyFcpChange(db.prisma, "m1", (tx) =>
      raiseConcern(tx, { proposalNumber: msc, text: "Security review", by: "m1" }, { now: at(1) }),
    );
    const stored = await store(
      comment(msc, "mallory", "@mscbot concern I object", 2),
      comment(msc, "mallory", "@mscbot resolve Security review", 2),
      comment(msc, "mallory", "@mscbot fcp cancel", 2),
      comment(
        msc,
        "mscbot",
        "The final comment period, with a disposition to **merge**, as per [the review](https://example.org) above, is now **complete**.",
        3,
      ),
    );
    expect(await concerns(msc)).toEqual([expect.objectContaining({ text: "Security review", resolvedAt: null })]);
    expect(await db.prisma.fcpRound.findUniqueOrThrow({ where: { id: roundId } })).toMatchObject({
      cancelledAt: null,
      completedAt: null,
    });
    // Only the bot's end notice is kept, as an event on no round.
    expect(stored).toBe(1);
    expect(await db.prisma.event.findMany({ where: { proposalNumber: msc, source: "mscbot" } })).toEqual([
      expect.objectContaining({ kind: "fcp.finished", fcpRoundId: null }),
    ]);
  });
});
