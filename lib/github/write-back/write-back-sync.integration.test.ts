import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import { applyFcpChange } from "@/lib/fcp/operations/fcp-change";
import { proposeFcp } from "@/lib/fcp/operations/propose-fcp";
import { raiseConcern } from "@/lib/fcp/operations/raise-concern";
import { recordPosition } from "@/lib/fcp/operations/record-position";
import { resolveConcern } from "@/lib/fcp/operations/resolve-concern";
import { createGitHubClient } from "@/lib/github/create-github-client";
import { startFakeGitHub, type FakeGitHub } from "@/test/fake-github/start-fake-github";
import { syncWithFake } from "@/test/support/sync-harness";
import { DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";
import { octokitIssuePort } from "./github-issue-port";
import { runWriteBackPass } from "./run-write-back-pass";

// What the app writes comes back with the next sync: the labels agree with GitHub's,
// and its own comments (by the token's user, not `mscbot`) are not read as mscbot's, so
// no second round or concern appears. They carry the app's marker, so even a token of
// the `mscbot` account itself (checked once, on the embedded database) adds nothing.

const RULES = { thresholdPercent: 75, durationDays: 5 };
const REPO = { owner: "matrix-org", name: "matrix-spec-proposals" };

const CASES = [...DATABASE_KINDS.map((kind) => [kind, "tracker-writer"] as const), ["embedded", "mscbot"] as const];

describe.each(CASES)("a sync after write-back on the %s database, written by %s", (kind, tokenLogin) => {
  let db: DatabaseHandle;
  let fake: FakeGitHub;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.runner);
    fake = await startFakeGitHub({ tokenLogin });
  });
  afterAll(async () => {
    await fake.close();
    await db.close();
  });

  const writeBack = () => {
    const { client } = createGitHubClient({ baseUrl: fake.url, token: "t", timeoutMs: 5_000, retryBaseMs: 5 });
    return runWriteBackPass({
      prisma: db.prisma,
      port: octokitIssuePort(client, REPO),
      repo: REPO,
      webUrl: "https://github.com",
      rules: RULES,
      trackerUrl: () => null,
      instance: "sync-test",
      dryRun: false,
      log: () => {},
      now: () => fake.state.now,
    });
  };
  const change = <T>(by: string, work: Parameters<typeof applyFcpChange<T>>[2]) => applyFcpChange(db.prisma, by, work);
  const storedLabels = async (msc: number) =>
    (await db.prisma.proposalLabel.findMany({ where: { proposalNumber: msc } })).map((l) => l.labelName).sort();
  const githubLabels = (msc: number) =>
    fake.state
      .issue(msc)
      .labels.map((l) => l.name)
      .sort();

  it("reads back the app's labels and leaves its comments alone", async () => {
    const msc = fake.state.createIssue({
      title: "MSC4600: Written back",
      author: "tulir",
      labels: ["proposal"],
    }).number;
    expect(await syncWithFake(db.prisma, fake)).toMatchObject({ outcome: "succeeded" });
    const team = (await db.prisma.sctMember.findMany({ where: { servedUntil: null } })).map((m) => m.githubLogin);
    expect(team).toHaveLength(10);
    const [proposer, critic, ...others] = team as [string, string, ...string[]];

    fake.state.advance(60);
    const now = () => fake.state.now;
    const { roundId } = await change(proposer, (tx) =>
      proposeFcp(tx, { proposalNumber: msc, disposition: "merge", by: proposer }, { now: now(), rules: RULES }),
    );
    await change(critic, (tx) =>
      raiseConcern(
        tx,
        { proposalNumber: msc, text: "needs an implementation", by: critic },
        { now: now(), rules: RULES },
      ),
    );
    expect(await writeBack()).toMatchObject({ written: 1, failed: 0 });
    fake.state.advance(60);
    expect(await syncWithFake(db.prisma, fake)).toMatchObject({ outcome: "succeeded" });

    expect(githubLabels(msc)).toEqual(["disposition-merge", "proposal", "proposed-final-comment-period"]);
    expect(await storedLabels(msc)).toEqual(githubLabels(msc));
    expect(await db.prisma.fcpRound.count({ where: { proposalNumber: msc } })).toBe(1);
    expect(await db.prisma.concern.count({ where: { proposalNumber: msc } })).toBe(1);
    const added = await db.prisma.labelChange.findMany({ where: { proposalNumber: msc, action: "added" } });
    expect(
      added
        .filter((c) => c.actorLogin === tokenLogin)
        .map((c) => c.labelName)
        .sort(),
    ).toEqual(["disposition-merge", "proposed-final-comment-period"]);

    // On to the start: the concern resolved, enough approvals; written back, synced again.
    await change(critic, (tx) =>
      resolveConcern(
        tx,
        { proposalNumber: msc, concern: { text: "needs an implementation" }, by: critic },
        { now: now() },
      ),
    );
    for (const member of [critic, ...others.slice(0, 6)]) {
      await change(member, (tx) =>
        recordPosition(tx, { roundId, member, position: "approve" }, { now: now(), rules: RULES }),
      );
    }
    expect((await db.prisma.fcpRound.findUniqueOrThrow({ where: { id: roundId } })).startedAt).not.toBeNull();
    expect(await writeBack()).toMatchObject({ written: 1, failed: 0 });
    fake.state.advance(60);
    expect(await syncWithFake(db.prisma, fake)).toMatchObject({ outcome: "succeeded" });

    expect(githubLabels(msc)).toEqual(["disposition-merge", "final-comment-period", "proposal"]);
    expect(await storedLabels(msc)).toEqual(githubLabels(msc));
    expect(
      await db.prisma.fcpRound.findMany({ where: { proposalNumber: msc }, select: { id: true, source: true } }),
    ).toEqual([{ id: roundId, source: "web" }]);
    const concerns = await db.prisma.concern.findMany({ where: { proposalNumber: msc } });
    expect(concerns.map((c) => [c.text, c.source, c.resolvedAt !== null])).toEqual([
      ["needs an implementation", "web", true],
    ]);
    // Nothing from the sync claims to be mscbot's doing on this MSC.
    expect(await db.prisma.event.count({ where: { proposalNumber: msc, source: "mscbot" } })).toBe(0);
    expect(await db.prisma.vote.count({ where: { fcpRoundId: roundId, source: { not: "web" } } })).toBe(0);
  });
});
