import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import { startFakeGitHub, type FakeGitHub } from "@/test/fake-github/start-fake-github";
import { dumpTrackerState, syncWithFake } from "@/test/support/sync-harness";
import { mscbotStatusComment } from "@/test/support/mscbot-status-comment";
import { DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";

const realMscs = (
  JSON.parse(readFileSync("prisma/seed/mscs-snapshot.json", "utf8")) as { records: { number: number }[] }
).records;
const nonMscs = JSON.parse(readFileSync("test/fixtures/non-msc-threads.json", "utf8")) as { number: number }[];
const pages = (n: number) => Math.ceil(n / 100);

describe.each(DATABASE_KINDS)("GitHub sync on the %s database", (kind) => {
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

  it("reads every MSC with repository-wide listings only, then idles on 304s", async () => {
    const full = await syncWithFake(db.prisma, fake);
    expect(full).toMatchObject({ outcome: "succeeded", error: null, added: realMscs.length });

    const numbers = (await db.prisma.proposal.findMany({ select: { number: true } }))
      .map((p) => p.number)
      .sort((a, b) => a - b);
    expect(numbers).toEqual(realMscs.map((r) => r.number).sort((a, b) => a - b));
    expect(numbers.filter((n) => nonMscs.some((t) => t.number === n))).toEqual([]);

    // No per-MSC request: labels, issues, comments, events and the team, page by page.
    const dataset = fake.state.dataset;
    const listingPages =
      2 + pages(dataset.issues.length) + pages(dataset.comments.length) + pages(dataset.events.length);
    expect(fake.requests.every((r) => !/\/issues\/\d+/.test(r.path))).toBe(true);
    expect(full.requests).toBeLessThanOrEqual(listingPages + 10);
    expect(full.requests).toBeGreaterThanOrEqual(listingPages);

    expect(await db.prisma.labelChange.count()).toBeGreaterThan(1000);
    expect(await db.prisma.fcpRound.count()).toBeGreaterThan(10);
    expect(await db.prisma.sctMember.count({ where: { servedUntil: null } })).toBe(10);
    const run = await db.prisma.syncRun.findFirstOrThrow({ where: { outcome: "succeeded" } });
    expect(run).toMatchObject({ kind: "incremental", requestCount: full.requests, proposalsAdded: realMscs.length });

    const before = await dumpTrackerState(db.prisma);
    const idle = await syncWithFake(db.prisma, fake);
    expect(idle).toMatchObject({ outcome: "succeeded", added: 0, changed: 0 });
    expect(idle.requests).toBeLessThanOrEqual(5);
    expect(idle.notModified).toBe(idle.requests);
    expect(await dumpTrackerState(db.prisma)).toEqual(before);
  });

  it("picks up a few changes incrementally, with FCP records from comments", async () => {
    await syncWithFake(db.prisma, fake);
    fake.state.advance(3600);
    fake.state.addLabels(4543, ["proposed-final-comment-period", "disposition-merge"], "turt2live");
    fake.state.editIssue(4531, { title: "MSC4531: Deprecate legacy VoIP (revised)" });
    fake.state.addComment(4543, {
      author: "mscbot",
      body: mscbotStatusComment({
        proposer: "turt2live",
        disposition: "merge",
        reviewers: [
          { login: "turt2live", approved: true },
          { login: "richvdh", approved: false },
        ],
        concerns: ["an implementation is needed"],
      }),
    });
    fake.state.addComment(4543, {
      author: "richvdh",
      body: "Looks plausible.\n\n@mscbot concern an implementation is needed",
    });

    const summary = await syncWithFake(db.prisma, fake);
    expect(summary).toMatchObject({ outcome: "succeeded", added: 0 });
    expect(summary.requests).toBeLessThanOrEqual(10);
    expect(await db.prisma.proposal.findUniqueOrThrow({ where: { number: 4531 } })).toMatchObject({
      title: "MSC4531: Deprecate legacy VoIP (revised)",
    });
    const status = await db.prisma.event.findFirstOrThrow({
      where: { proposalNumber: 4543, kind: "status.changed" },
      orderBy: { at: "desc" },
    });
    expect(status.data).toEqual({ from: "in-review", to: "proposed-fcp" });
    expect(await db.prisma.labelChange.count({ where: { proposalNumber: 4543, labelName: "disposition-merge" } })).toBe(
      1,
    );
    const round = await db.prisma.fcpRound.findFirstOrThrow({
      where: { proposalNumber: 4543 },
      include: { votes: true },
    });
    expect(round).toMatchObject({ disposition: "merge", proposedBy: "turt2live", roster: ["turt2live", "richvdh"] });
    expect(await db.prisma.concern.findFirstOrThrow({ where: { proposalNumber: 4543 } })).toMatchObject({
      text: "an implementation is needed",
      raisedBy: "richvdh",
    });
  });
});
