import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { startFakeHomeserver, type FakeHomeserver } from "@/test/fakes/fake-matrix-homeserver";
import { at, notifyHarness, openNotifyDatabase, secondConnection, T0 } from "@/test/fakes/notify-harness";
import { DATABASE_KINDS } from "@/test/support/test-database";
import { matrixRoom } from "./channels/matrix-room";
import type { NotifyOptions } from "./run-notify-pass";

const ROOM = "!announcements:fake.test";
const TOKEN = "syt_tracker";

describe.each(DATABASE_KINDS)("the Matrix room on the %s database", (kind) => {
  let db: DatabaseHandle;
  let homeserver: FakeHomeserver;
  const h = notifyHarness(() => db);
  const room = (scope: "all" | "followed" = "all", token = TOKEN): Partial<NotifyOptions> => ({
    matrix: {
      room: matrixRoom({ homeserverUrl: homeserver.url, accessToken: token, roomId: ROOM, timeoutMs: 2_000 }),
      level: "significant",
      scope,
    },
  });
  const pass = (now: Date, extra: Partial<NotifyOptions> = {}) => h.pass(now, { ...room(), ...extra });
  const posted = (msc: number) =>
    homeserver.events.filter((e) => (e.content as { body: string }).body.includes(`/proposals/${msc}`));

  beforeAll(async () => {
    db = await openNotifyDatabase(kind);
    homeserver = await startFakeHomeserver({ tokens: [TOKEN] });
    await pass(T0); // switches the channel on
  });
  afterAll(async () => {
    await homeserver.close();
    await db.close();
  });
  afterEach(() => homeserver.clearFaults());

  it("posts each status change and FCP step of any MSC once, as a notice with the MSC's link", async () => {
    const msc = await h.freshMsc();
    const { roundId } = await h.propose(msc);
    await h.vote(roundId, "m1"); // a vote is not significant
    expect(await pass(T0)).toMatchObject({ created: 2, sent: 2, failed: 0 });
    expect(posted(msc).map((e) => e.content)).toEqual([
      {
        msgtype: "m.notice",
        body: `MSC${msc}: FCP proposed to merge (Test): https://tracker.example.org/proposals/${msc}`,
      },
      {
        msgtype: "m.notice",
        body: `MSC${msc} moved from In review to Proposed FCP (Test): https://tracker.example.org/proposals/${msc}`,
      },
    ]);
    const deliveries = await h.deliveriesAbout(msc, "matrix");
    expect(posted(msc).map((e) => [e.roomId, e.type, e.txnId])).toEqual(
      deliveries.map((d) => [ROOM, "m.room.message", d.id]),
    );
    expect(await pass(at(60))).toEqual({ created: 0, sent: 0, failed: 0, skipped: 0 });
    expect(posted(msc)).toHaveLength(2);
  });

  it("never posts twice when the homeserver stored the message but the answer was lost", async () => {
    const msc = await h.freshMsc();
    homeserver.failAfterStoringNext(500);
    homeserver.dropAfterStoringNext();
    await h.propose(msc);
    expect(await pass(T0)).toMatchObject({ sent: 0, failed: 2 });
    expect(posted(msc)).toHaveLength(2);
    const failed = await h.deliveriesAbout(msc, "matrix");
    expect(
      failed
        .filter((d) => d.status === "failed")
        .map((d) => d.lastError?.replace(/; retrying.*/, ""))
        .sort(),
    ).toEqual(["Matrix answered 500 M_UNKNOWN (Oops)", expect.stringMatching(/^Matrix homeserver unreachable \(/)]);
    expect(await pass(at(30))).toMatchObject({ sent: 2, failed: 0 });
    // The retries reached the homeserver with the same transaction ids: nothing new in the room.
    expect(homeserver.requests.filter((r) => r.status === 200)).not.toHaveLength(0);
    expect(posted(msc)).toHaveLength(2);
  });

  it("retries a 5xx after the back-off and waits out a rate limit as long as asked", async () => {
    const msc = await h.freshMsc();
    homeserver.failNext(1, 502);
    homeserver.rateLimitNext(120_000);
    await h.propose(msc);
    expect(await pass(T0)).toMatchObject({ sent: 0, failed: 2 });
    expect(posted(msc)).toHaveLength(0);
    const waits = (await h.deliveriesAbout(msc, "matrix"))
      .filter((d) => d.status === "failed")
      .map((d) => [d.nextAttemptAt.toISOString(), d.lastError?.replace(/; retrying.*/, "")]);
    expect(waits.sort()).toEqual([
      [at(30).toISOString(), "Matrix answered 502 M_UNKNOWN (Internal error)"],
      [at(120).toISOString(), "Matrix rate limit (429 M_LIMIT_EXCEEDED)"],
    ]);
    expect(await pass(at(30))).toMatchObject({ sent: 1 });
    expect(await pass(at(119))).toMatchObject({ sent: 0 });
    expect(await pass(at(120))).toMatchObject({ sent: 1 });
    expect(posted(msc)).toHaveLength(2);
  });

  it("records a rejected token and gives up after the last attempt", async () => {
    const msc = await h.freshMsc();
    await h.propose(msc);
    const wrong = { ...room("all", "syt_revoked"), maxAttempts: 2 };
    await pass(T0, wrong);
    const first = await h.deliveriesAbout(msc, "matrix");
    expect(first.map((d) => d.lastError)).toEqual([
      `Matrix rejected MATRIX_ACCESS_TOKEN (401 M_UNKNOWN_TOKEN); retrying at ${at(30).toISOString()}`,
      `Matrix rejected MATRIX_ACCESS_TOKEN (401 M_UNKNOWN_TOKEN); retrying at ${at(30).toISOString()}`,
    ]);
    await pass(at(30), wrong);
    const gaveUp = await h.deliveriesAbout(msc, "matrix");
    expect(gaveUp.map((d) => [d.attempts, d.lastError])).toEqual([
      [2, "Matrix rejected MATRIX_ACCESS_TOKEN (401 M_UNKNOWN_TOKEN); gave up after 2 attempts"],
      [2, "Matrix rejected MATRIX_ACCESS_TOKEN (401 M_UNKNOWN_TOKEN); gave up after 2 attempts"],
    ]);
    // Given up is final, even once the token works again.
    expect(await pass(at(3600))).toMatchObject({ sent: 0 });
    expect(posted(msc)).toHaveLength(0);
  });

  it("with MATRIX_SCOPE=followed posts only about MSCs someone follows", async () => {
    const followed = await h.freshMsc();
    const unfollowed = await h.freshMsc();
    await h.follower("reader", followed);
    await h.propose(followed);
    await h.propose(unfollowed);
    await pass(T0, room("followed"));
    expect(posted(followed)).toHaveLength(2);
    expect(posted(unfollowed)).toHaveLength(0);
  });

  it("lets one of two racing senders post, never both", async () => {
    const second = kind === "postgres" ? await secondConnection(db) : null;
    try {
      const msc = await h.freshMsc();
      await h.propose(msc);
      const results = await Promise.all([
        pass(T0, { instance: "a" }),
        pass(T0, { instance: "b", ...(second ? { prisma: second.prisma } : {}) }),
      ]);
      expect(results.reduce((n, r) => n + r.sent, 0)).toBe(2);
      expect(homeserver.requests.filter((r) => r.path.includes(encodeURIComponent(ROOM))).length).toBeGreaterThan(0);
      expect(posted(msc)).toHaveLength(2);
    } finally {
      await second?.close();
    }
  });
});
