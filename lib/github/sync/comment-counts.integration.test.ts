import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import { loadMeFeed } from "@/lib/me-feed/load-me-feed";
import { webhookPoster } from "@/lib/notify/channels/post-webhook";
import { runNotifyPass } from "@/lib/notify/run-notify-pass";
import { getProposalDetail } from "@/lib/proposals/get-proposal-detail";
import { startFakeGitHub, type FakeGitHub } from "@/test/fake-github/start-fake-github";
import { startWebhookReceiver } from "@/test/fakes/webhook-receiver";
import { syncWithFake, TEAM } from "@/test/support/sync-harness";
import { DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";
import { signedDelivery, webhookExample } from "@/test/support/webhook-examples";
import type { GitHubIssue } from "../github-types";
import { receiveWebhook } from "../webhooks/receive-webhook";
import { storeIssues, type StoreSource } from "./store-issues";

const MSC = 4543;
const SECRET = "test-webhook-secret";

describe.each(DATABASE_KINDS)("GitHub comment counts on the %s database", (kind) => {
  let db: DatabaseHandle;
  let fake: FakeGitHub;
  beforeEach(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.runner);
    fake = await startFakeGitHub();
  });
  afterEach(async () => {
    await fake.close();
    await db.close();
  });

  /** The fake's issue as GitHub serves it now (a copy: later changes do not reach it). */
  const copy = () => structuredClone(fake.state.issue(MSC)) as unknown as GitHubIssue;
  const store = (issue: GitHubIssue, source: StoreSource = "sync") =>
    db.prisma.$transaction((tx) => storeIssues(tx, [issue], source));
  const stored = async () => (await db.prisma.proposal.findUniqueOrThrow({ where: { number: MSC } })).commentCount;
  const commentEvents = () => db.prisma.event.findMany({ where: { kind: "comments.added" }, orderBy: { id: "asc" } });
  const comment = (author: string, body: string) => {
    fake.state.advance(60);
    return fake.state.addComment(MSC, { author, body });
  };
  /** An issue_comment delivery as GitHub sends it: a recorded example carrying the fake's issue and comment. */
  const deliverComment = (created: ReturnType<typeof comment>) => {
    const payload = webhookExample("issue_comment", "created");
    payload.issue = structuredClone(fake.state.issue(MSC));
    payload.comment = structuredClone(created);
    const signed = signedDelivery("issue_comment", payload, SECRET);
    return receiveWebhook(signed.headers, signed.body, { prisma: db.prisma, secret: SECRET, team: TEAM });
  };

  it("stores GitHub's count on first sight and reports nothing: that is history, not news", async () => {
    await syncWithFake(db.prisma, fake);
    const counts = await db.prisma.proposal.findMany({ select: { number: true, commentCount: true } });
    const served = new Map(fake.state.dataset.issues.map((issue) => [issue.number, issue.comments]));
    expect(counts.length).toBeGreaterThan(300);
    expect(counts.every((p) => p.commentCount === served.get(p.number))).toBe(true);
    expect(counts.some((p) => (p.commentCount ?? 0) > 0)).toBe(true);
    expect(await commentEvents()).toEqual([]);
  });

  it("records one event per increase, and nothing for the same copy, an older copy or a decrease", async () => {
    const first = copy();
    await store(first);
    expect(await stored()).toBe(first.comments);
    comment("richvdh", "Have we considered the federation side?");
    comment("tulir", "Implemented in mautrix-go.");
    const second = copy();
    await store(second, "webhook");

    const [event, ...rest] = await commentEvents();
    expect(rest).toEqual([]);
    expect(event).toMatchObject({
      proposalNumber: MSC,
      at: new Date(second.updated_at),
      source: "webhook",
      actorLogin: null,
      data: { from: first.comments, to: first.comments! + 2 },
    });
    await store(second); // the same copy again
    await store(first); // an older copy: never lowers the count
    expect(await stored()).toBe(first.comments! + 2);
    fake.state.advance(60);
    const fewer = { ...copy(), comments: first.comments! + 1, updated_at: fake.state.now.toISOString() };
    await store(fewer); // a comment deleted
    expect(await stored()).toBe(first.comments! + 1);
    expect(await commentEvents()).toHaveLength(1);
    expect(await db.prisma.event.count({ where: { kind: "status.changed", proposalNumber: MSC } })).toBe(1);

    // Back to the same total with a new comment: news again, not a duplicate of the first.
    fake.state.advance(60);
    await store({ ...copy(), comments: first.comments! + 2, updated_at: fake.state.now.toISOString() });
    expect((await commentEvents()).map((e) => e.data)).toEqual([
      { from: first.comments, to: first.comments! + 2 },
      { from: first.comments! + 1, to: first.comments! + 2 },
    ]);
  });

  it("reports a comment from its webhook at once; the next sync of the issue adds nothing", async () => {
    await syncWithFake(db.prisma, fake);
    const before = await stored();
    const created = comment("richvdh", "Could the spec say what happens on a timeout?");
    expect(await deliverComment(created)).toMatchObject({ status: 200 });
    expect(await commentEvents()).toEqual([
      expect.objectContaining({ source: "webhook", data: { from: before, to: before! + 1 } }),
    ]);

    const again = await syncWithFake(db.prisma, fake);
    expect(again).toMatchObject({ outcome: "succeeded" });
    expect(await commentEvents()).toHaveLength(1);
    expect(await stored()).toBe(before! + 1);
  });

  it("shows new comments to a follower, tells every-change webhooks only, and keeps them off the timeline", async () => {
    await syncWithFake(db.prisma, fake);
    const user = await db.prisma.user.create({ data: { githubLogin: "alice" } });
    await db.prisma.follow.create({ data: { userId: user.id, proposalNumber: MSC } });
    const receiver = await startWebhookReceiver();
    try {
      for (const level of ["significant", "every"] as const) {
        await db.prisma.outboundWebhook.create({
          data: { url: `${receiver.url}/${level}`, secret: "s", level, createdBy: "admin" },
        });
      }
      const pass = () =>
        runNotifyPass({
          prisma: db.prisma,
          instance: "test",
          publicUrl: "https://tracker.example.org",
          email: null,
          matrix: null,
          webhook: webhookPoster({ timeoutMs: 2_000, now: () => fake.state.now }),
          log: () => {},
          now: () => fake.state.now,
        });
      await pass(); // switches the channel on: the sync before is history
      const before = await stored();
      comment("richvdh", "First thought.");
      expect(await deliverComment(comment("turt2live", "Second thought."))).toMatchObject({ status: 200 });
      expect(await pass()).toMatchObject({ failed: 0 });

      const headline = `MSC${MSC}: 2 new comments on GitHub (${before! + 2} in all)`;
      const feed = await loadMeFeed(db.prisma, user.id, { now: fake.state.now });
      expect(feed.entries[0]).toMatchObject({ headline, proposalNumber: MSC, isNew: true, actorLogin: null });
      expect(receiver.received.map((r) => r.path)).toEqual(["/every"]);
      expect(JSON.parse(receiver.received[0]!.body)).toMatchObject({
        event: "comments.added",
        msc: MSC,
        from: before,
        to: before! + 2,
        text: headline,
      });
      const detail = await getProposalDetail(MSC, db.prisma);
      expect(detail!.events.some((e) => e.kind === "comments.added")).toBe(false);
    } finally {
      await receiver.close();
    }
  });
});
