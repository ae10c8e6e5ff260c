import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import { openPostgres } from "@/lib/db/open-postgres";
import type { PositionName } from "@/lib/fcp/fcp-dto";
import { cancelFcp } from "@/lib/fcp/operations/cancel-fcp";
import { completeDueFcps } from "@/lib/fcp/operations/complete-due-fcps";
import { applyFcpChange } from "@/lib/fcp/operations/fcp-change";
import { proposeFcp } from "@/lib/fcp/operations/propose-fcp";
import { raiseConcern } from "@/lib/fcp/operations/raise-concern";
import { recordPosition } from "@/lib/fcp/operations/record-position";
import { createGitHubClient } from "@/lib/github/create-github-client";
import { parseMscbotComment, type MscbotStatusComment } from "@/lib/github/mscbot/parse-mscbot-comment";
import { startFakeGitHub, type FakeGitHub } from "@/test/fake-github/start-fake-github";
import { seedProposal, seedTeam } from "@/test/support/seed-fcp-team";
import { DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";
import { hasCommentMarker } from "./comment-marker";
import { dryRunIssuePort, octokitIssuePort } from "./github-issue-port";
import { runWriteBackPass, type WriteBackOptions } from "./run-write-back-pass";
import { startWriteBack } from "./start-write-back";

const RULES = { thresholdPercent: 75, durationDays: 5 };
const REPO = { owner: "matrix-org", name: "matrix-spec-proposals" };
const ISSUES = "/repos/matrix-org/matrix-spec-proposals/issues";
const T0 = new Date("2026-03-01T12:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const DAY = 86_400;

describe.each(DATABASE_KINDS)("GitHub write-back on the %s database", (kind) => {
  let db: DatabaseHandle;
  let fake: FakeGitHub;
  let logs: string[];
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.runner);
    await seedTeam(db.prisma);
    fake = await startFakeGitHub({ tokenLogin: "tracker-writer" });
  });
  afterAll(async () => {
    await fake.close();
    await db.close();
  });
  beforeEach(() => {
    logs = [];
  });
  afterEach(() => fake.faults.clear());

  /** A new pull request on the fake, tracked in the database; returns its number. */
  const freshMsc = async () => {
    const issue = fake.state.createIssue({ title: "MSC9999: Write-back", author: "m0", labels: ["proposal"] });
    return seedProposal(db.prisma, issue.number);
  };
  const options = (extra: Partial<WriteBackOptions> = {}): WriteBackOptions => {
    const { client } = createGitHubClient({
      baseUrl: fake.url,
      token: "test-token",
      timeoutMs: 5_000,
      retryBaseMs: 5,
      maxRateLimitWaitSeconds: 0,
    });
    return {
      prisma: db.prisma,
      port: octokitIssuePort(client, REPO),
      repo: REPO,
      webUrl: "https://github.com",
      rules: RULES,
      trackerUrl: () => null,
      instance: "test-a",
      dryRun: false,
      log: (line) => logs.push(line),
      now: () => T0,
      ...extra,
    };
  };
  const pass = (now = T0, extra: Partial<WriteBackOptions> = {}) =>
    runWriteBackPass(options({ now: () => now, ...extra }));

  const propose = (msc: number, now = T0) =>
    applyFcpChange(db.prisma, "m0", (tx) =>
      proposeFcp(tx, { proposalNumber: msc, disposition: "merge", by: "m0" }, { now, rules: RULES }),
    );
  const vote = (roundId: number, member: string, position: PositionName = "approve", now = T0) =>
    applyFcpChange(db.prisma, member, (tx) => recordPosition(tx, { roundId, member, position }, { now, rules: RULES }));

  /** The writes the fake received since `from`, as "METHOD path [body]". */
  const writesSince = (from: number) =>
    fake.requests
      .slice(from)
      .filter((r) => r.method !== "GET" && r.status !== null && r.status < 300)
      .map((r) => {
        const labels = (r.body as { labels?: string[] } | undefined)?.labels;
        return `${r.method} ${r.path.replace(ISSUES, "")}${labels ? ` ${labels.join(",")}` : ""}`;
      });
  const labels = (msc: number) =>
    fake.state
      .issue(msc)
      .labels.map((l) => l.name)
      .sort();
  const ownComments = (msc: number, roundId: number, kind: "status" | "start" | "end") =>
    fake.state.dataset.comments.filter(
      (c) => c.issue_url.endsWith(`/issues/${msc}`) && hasCommentMarker(c.body, roundId, kind),
    );
  const statusOf = (msc: number, roundId: number) => {
    const [comment] = ownComments(msc, roundId, "status");
    return parseMscbotComment("mscbot", comment!.body ?? "") as MscbotStatusComment;
  };
  const record = (roundId: number) => db.prisma.gitHubWriteBack.findUniqueOrThrow({ where: { fcpRoundId: roundId } });

  it("writes an FCP's labels and comments as it is proposed, voted on, started and finished", async () => {
    const msc = await freshMsc();
    const { roundId } = await propose(msc);
    let mark = fake.requests.length;
    expect(await pass()).toEqual({ written: 1, failed: 0, skipped: 0 });
    expect(writesSince(mark)).toEqual([
      `POST /${msc}/comments`,
      `POST /${msc}/labels disposition-merge,proposed-final-comment-period`,
    ]);
    expect(labels(msc)).toEqual(["disposition-merge", "proposal", "proposed-final-comment-period"]);
    expect(statusOf(msc, roundId)).toMatchObject({ proposer: "m0", disposition: "merge", cancelled: false });
    expect(statusOf(msc, roundId).reviewers.filter((r) => r.approved)).toEqual([{ login: "m0", approved: true }]);
    expect(ownComments(msc, roundId, "status")[0]!.user?.login).toBe("tracker-writer");

    // Nothing changed: the next pass asks GitHub nothing at all.
    mark = fake.requests.length;
    expect(await pass()).toEqual({ written: 0, failed: 0, skipped: 0 });
    expect(fake.requests.length).toBe(mark);

    await vote(roundId, "m1");
    mark = fake.requests.length;
    await pass();
    expect(writesSince(mark)).toEqual([`PATCH /comments/${ownComments(msc, roundId, "status")[0]!.id}`]);
    expect(
      statusOf(msc, roundId)
        .reviewers.filter((r) => r.approved)
        .map((r) => r.login),
    ).toEqual(["m0", "m1"]);

    for (const member of ["m2", "m3", "m4", "m5", "m6", "m7"]) await vote(roundId, member, "approve", at(60));
    const started = await db.prisma.fcpRound.findUniqueOrThrow({ where: { id: roundId } });
    expect(started.endsAt).toEqual(at(60 + 5 * DAY));
    mark = fake.requests.length;
    await pass(at(120));
    const statusId = ownComments(msc, roundId, "status")[0]!.id;
    expect(writesSince(mark)).toEqual([
      `PATCH /comments/${statusId}`,
      `POST /${msc}/comments`,
      `POST /${msc}/labels final-comment-period`,
      `DELETE /${msc}/labels/proposed-final-comment-period`,
    ]);
    const [start] = ownComments(msc, roundId, "start");
    expect(parseMscbotComment("mscbot", start!.body ?? "")).toEqual({
      kind: "fcp-started",
      reviewUrl: `https://github.com/matrix-org/matrix-spec-proposals/pull/${msc}#issuecomment-${statusId}`,
      endsAt: started.endsAt,
    });
    expect(labels(msc)).toEqual(["disposition-merge", "final-comment-period", "proposal"]);

    expect(await completeDueFcps(db.prisma, at(60 + 5 * DAY), RULES)).toEqual([roundId]);
    mark = fake.requests.length;
    await pass(at(60 + 5 * DAY + 1));
    expect(writesSince(mark)).toEqual([
      `POST /${msc}/comments`,
      `POST /${msc}/labels finished-final-comment-period`,
      `DELETE /${msc}/labels/disposition-merge`,
      `DELETE /${msc}/labels/final-comment-period`,
    ]);
    expect(parseMscbotComment("mscbot", ownComments(msc, roundId, "end")[0]!.body ?? "")).toMatchObject({
      kind: "fcp-finished",
      disposition: "merge",
    });
    expect(labels(msc)).toEqual(["finished-final-comment-period", "proposal"]);
    expect(await record(roundId)).toMatchObject({ attempts: 0, lastError: null, statusCommentId: BigInt(statusId) });

    mark = fake.requests.length;
    await pass(at(60 + 5 * DAY + 2));
    expect(fake.requests.length).toBe(mark);
    expect(["status", "start", "end"].map((k) => ownComments(msc, roundId, k as "status").length)).toEqual([1, 1, 1]);
  });

  it("records a GitHub 500 and a secondary rate limit, backs off, and retries without a second comment", async () => {
    const msc = await freshMsc();
    const { roundId } = await propose(msc);
    fake.faults.serverError(500, { endpoint: "issues/create-comment" });
    expect(await pass()).toMatchObject({ written: 0, failed: 1 });
    expect(await record(roundId)).toMatchObject({ attempts: 1, reflectedEventId: 0n, nextAttemptAt: at(30) });
    expect((await record(roundId)).lastError).toMatch(
      /^GitHub answered 500 \(Server Error\) on POST \/repos\/.*\/comments; retrying at/,
    );
    expect(logs).toEqual([expect.stringMatching(/^GitHub write-back of FCP round \d+ failed: GitHub answered 500/)]);

    // Backing off: not retried before its time, whoever asks.
    const mark = fake.requests.length;
    expect(await pass(at(10))).toEqual({ written: 0, failed: 0, skipped: 0 });
    expect(fake.requests.length).toBe(mark);

    fake.faults.secondaryRateLimit({ endpoint: "issues/add-labels", retryAfterSeconds: 600 });
    expect(await pass(at(30))).toMatchObject({ failed: 1 });
    expect(ownComments(msc, roundId, "status")).toHaveLength(1);
    expect(await record(roundId)).toMatchObject({ attempts: 2, nextAttemptAt: at(630) });
    expect((await record(roundId)).lastError).toMatch(/^GitHub's secondary rate limit on POST .*\/labels/);
    expect(labels(msc)).toEqual(["proposal"]);

    expect(await pass(at(630))).toEqual({ written: 1, failed: 0, skipped: 0 });
    expect(ownComments(msc, roundId, "status")).toHaveLength(1);
    expect(labels(msc)).toEqual(["disposition-merge", "proposal", "proposed-final-comment-period"]);
    expect(await record(roundId)).toMatchObject({ attempts: 0, lastError: null, nextAttemptAt: null });
  });

  it("never posts a comment twice when GitHub's answer is lost or the app crashed before recording it", async () => {
    const msc = await freshMsc();
    const { roundId } = await propose(msc);
    // GitHub creates the comment; the answer is cut off on the way back.
    fake.faults.dropConnection({ endpoint: "issues/create-comment" });
    expect(await pass()).toMatchObject({ failed: 1 });
    expect(ownComments(msc, roundId, "status")).toHaveLength(1);
    expect((await record(roundId)).statusCommentId).toBeNull();
    await pass(at(30));
    const [comment] = ownComments(msc, roundId, "status");
    expect(ownComments(msc, roundId, "status")).toHaveLength(1);
    expect((await record(roundId)).statusCommentId).toBe(BigInt(comment!.id));

    // A crash between the POST and the database write: the record never saw the comment.
    await db.prisma.gitHubWriteBack.update({
      where: { fcpRoundId: roundId },
      data: { statusCommentId: null, statusBodyHash: null, reflectedEventId: 0 },
    });
    await vote(roundId, "m1", "approve", at(40));
    const mark = fake.requests.length;
    expect(await pass(at(60))).toMatchObject({ written: 1 });
    expect(writesSince(mark)).toEqual([`PATCH /comments/${comment!.id}`]);
    expect(ownComments(msc, roundId, "status")).toHaveLength(1);
    expect((await record(roundId)).statusCommentId).toBe(BigInt(comment!.id));
  });

  it("marks the status comment cancelled and takes the FCP labels away on cancel", async () => {
    const msc = await freshMsc();
    const { roundId } = await propose(msc);
    await applyFcpChange(db.prisma, "m1", (tx) =>
      raiseConcern(tx, { proposalNumber: msc, text: "needs an implementation", by: "m1" }, { now: T0 }),
    );
    await pass();
    expect(statusOf(msc, roundId).concerns).toEqual([{ text: "needs an implementation", resolved: false }]);
    await applyFcpChange(db.prisma, "m2", (tx) =>
      cancelFcp(tx, { roundId, by: "m2", reason: "superseded" }, { now: at(60), rules: RULES }),
    );
    const mark = fake.requests.length;
    await pass(at(61));
    expect(writesSince(mark)).toEqual([
      `PATCH /comments/${ownComments(msc, roundId, "status")[0]!.id}`,
      `DELETE /${msc}/labels/disposition-merge`,
      `DELETE /${msc}/labels/proposed-final-comment-period`,
    ]);
    expect(statusOf(msc, roundId)).toMatchObject({ cancelled: true, disposition: "merge" });
    expect(ownComments(msc, roundId, "status")[0]!.body).toMatch(
      /^\*\*This FCP proposal has been cancelled by @m2\.\*\*/,
    );
    expect(labels(msc)).toEqual(["proposal"]);
  });

  it("in a dry run reads GitHub, logs each intended write once per change, and writes nothing", async () => {
    const dry = (now: Date) => {
      const real = options();
      return pass(now, { dryRun: true, port: dryRunIssuePort(real.port, REPO, (line) => logs.push(line)) });
    };
    // Earlier tests' rounds are logged once here, then never again.
    await dry(T0);
    logs = [];
    const msc = await freshMsc();
    const { roundId } = await propose(msc);
    const mark = fake.requests.length;
    expect(await dry(T0)).toEqual({ written: 1, failed: 0, skipped: 0 });
    expect(logs).toEqual([
      expect.stringMatching(
        new RegExp(
          `^GitHub write-back \\(dry run\\): POST ${ISSUES}/${msc}/comments status comment for FCP round ${roundId} \\(merge, proposed, 1/8 approvals\\)$`,
        ),
      ),
      `GitHub write-back (dry run): POST ${ISSUES}/${msc}/labels add disposition-merge, proposed-final-comment-period`,
    ]);
    await dry(at(1));
    expect(logs).toHaveLength(2);
    await vote(roundId, "m1", "approve", at(2));
    await dry(at(3));
    // Once per change: GitHub still lacks both, so the new state's writes are logged again.
    expect(logs.slice(2)).toEqual([
      expect.stringMatching(/POST .*\/comments status comment for FCP round \d+ \(merge, proposed, 2\/8 approvals\)$/),
      expect.stringMatching(/POST .*\/labels add disposition-merge, proposed-final-comment-period$/),
    ]);
    expect(writesSince(mark)).toEqual([]);
    expect(ownComments(msc, roundId, "status")).toHaveLength(0);
    expect(labels(msc)).toEqual(["proposal"]);
    // What was logged is not what was written: switching on later still writes it all.
    expect(await record(roundId)).toMatchObject({ reflectedEventId: 0n, statusCommentId: null });
    await pass(at(4));
    expect(ownComments(msc, roundId, "status")).toHaveLength(1);
  });

  it("writes only rounds run here, and does nothing when off", async () => {
    await pass(at(1_000_000)); // whatever earlier tests left to write
    const msc = await freshMsc();
    const round = await db.prisma.fcpRound.create({
      data: {
        proposalNumber: msc,
        disposition: "close",
        proposedBy: "m0",
        proposedAt: T0,
        roster: [],
        source: "mscbot",
      },
    });
    await db.prisma.event.create({
      data: { kind: "fcp.proposed", proposalNumber: msc, fcpRoundId: round.id, source: "mscbot" },
    });
    const mark = fake.requests.length;
    expect(await pass(at(1_000_000))).toEqual({ written: 0, failed: 0, skipped: 0 });
    expect(fake.requests.length).toBe(mark);

    // GITHUB_WRITE_BACK is unset in tests: starting the worker starts nothing.
    await propose(await freshMsc(), at(10));
    const stop = startWriteBack(db.prisma);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    stop();
    expect(fake.requests.length).toBe(mark);
  });

  it("lets one of two workers write a round, never both", async () => {
    const second = kind === "postgres" ? await secondConnection() : null;
    try {
      await pass(at(1_000_000)); // whatever earlier tests left to write
      const msc = await freshMsc();
      const { roundId } = await propose(msc);
      const results = await Promise.all([
        pass(T0, { instance: "test-a" }),
        pass(T0, { instance: "test-b", ...(second ? { prisma: second.prisma } : {}) }),
      ]);
      expect(results.map((r) => r.written).sort()).toEqual([0, 1]);
      expect(ownComments(msc, roundId, "status")).toHaveLength(1);
      expect(labels(msc)).toEqual(["disposition-merge", "proposal", "proposed-final-comment-period"]);
    } finally {
      await second?.close();
    }
  });

  /** Another app instance's connection to the same PostgreSQL database. */
  async function secondConnection() {
    const [row] = await db.prisma.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${row!.name}`;
    return openPostgres(url.toString());
  }
});
