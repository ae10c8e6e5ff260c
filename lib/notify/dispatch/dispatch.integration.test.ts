import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { at, notifyHarness, openNotifyDatabase, secondConnection, T0 } from "@/test/fakes/notify-harness";
import { startWebhookReceiver, type WebhookReceiver } from "@/test/fakes/webhook-receiver";
import { startFakeGitHub } from "@/test/fake-github/start-fake-github";
import { syncWithFake } from "@/test/support/sync-harness";
import { DATABASE_KINDS } from "@/test/support/test-database";
import { matrixRoom } from "../channels/matrix-room";
import { dispatchChannel } from "./dispatch-channel";
import { smtpMailSender } from "../channels/smtp-mailer";

describe.each(DATABASE_KINDS)("dispatching notifications on the %s database", (kind) => {
  let db: DatabaseHandle;
  let receiver: WebhookReceiver;
  const h = notifyHarness(() => db);
  const statusEvent = (msc: number, at = T0) => ({
    kind: "status.changed",
    proposalNumber: msc,
    source: "sync" as const,
    at,
    data: { from: "in-review", to: "fcp" },
  });
  const cursor = () => db.prisma.notifyCursor.findUniqueOrThrow({ where: { channel: "webhook" } });
  const delivered = (msc: number) =>
    receiver.received
      .filter((r) => (JSON.parse(r.body) as { msc: number }).msc === msc)
      .map((r) => JSON.parse(r.body) as { event_id: string });

  beforeAll(async () => {
    db = await openNotifyDatabase(kind);
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await db.close();
  });

  it("starts a channel at the present: events from before it was switched on are never sent", async () => {
    const msc = await h.freshMsc();
    await h.propose(msc);
    await db.prisma.outboundWebhook.create({
      data: { url: `${receiver.url}/hook`, secret: "s", level: "every", createdBy: "admin" },
    });
    expect(await h.pass(T0)).toEqual({ created: 0, sent: 0, failed: 0, skipped: 0 });
    const newest = await db.prisma.event.aggregate({ _max: { id: true } });
    expect((await cursor()).eventId).toBe(newest._max.id);
    await h.pass(at(1));
    expect(delivered(msc)).toEqual([]);
  });

  it("passes a hole left by a rolled-back transaction only after the grace, sending what follows it at once", async () => {
    const msc = await h.freshMsc();
    const before = (await cursor()).eventId;
    await db.prisma
      .$transaction(async (tx) => {
        await tx.event.create({ data: statusEvent(msc) });
        throw new Error("roll back");
      })
      .catch(() => {});
    const after = await db.prisma.event.create({ data: statusEvent(msc) });
    expect(after.id).toBeGreaterThan(before + 1n);
    await h.pass(T0);
    expect(delivered(msc).map((b) => b.event_id)).toEqual([String(after.id)]);
    expect(await cursor()).toMatchObject({ eventId: before, gapSince: T0, gapHorizon: after.id });
    await h.pass(at(59));
    expect((await cursor()).eventId).toBe(before);
    await h.pass(at(60));
    expect(await cursor()).toMatchObject({ eventId: after.id, gapSince: null, gapHorizon: null });
    expect(delivered(msc)).toHaveLength(1);
  });

  it("leaves events past upToEventId for a later pass, then dispatches them once", async () => {
    await h.pass(at(100)); // past any hole an earlier test left
    const msc = await h.freshMsc();
    const first = await db.prisma.event.create({ data: statusEvent(msc, at(100)) });
    const second = await db.prisma.event.create({ data: statusEvent(msc, at(100)) });
    const options = { prisma: db.prisma, now: at(100), matrix: null };
    await dispatchChannel("webhook", { ...options, upToEventId: first.id });
    expect((await cursor()).eventId).toBe(first.id);
    expect(await h.deliveriesAbout(msc, "webhook")).toHaveLength(1);
    await dispatchChannel("webhook", options);
    expect((await cursor()).eventId).toBe(second.id);
    expect(await h.deliveriesAbout(msc, "webhook")).toHaveLength(2);
  });

  // These two need a second connection with its own open transaction. The embedded
  // database is one connection that runs transactions one after another, so they cannot
  // interleave there: the cases do not exist on it. They run on PostgreSQL (and are
  // reported as skipped on the embedded run).
  it.runIf(kind === "postgres")("never skips an event whose transaction commits after a later one's", async () => {
    const second = await secondConnection(db);
    try {
      await h.pass(at(120)); // past any hole an earlier test left
      const msc = await h.freshMsc();
      let release!: () => void;
      let inserted!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      const insertedYet = new Promise<void>((resolve) => (inserted = resolve));
      const held = second.prisma.$transaction(
        async (tx) => {
          const row = await tx.event.create({ data: statusEvent(msc) });
          inserted();
          await released;
          return row;
        },
        { timeout: 20_000 },
      );
      await insertedYet;
      const later = await db.prisma.event.create({ data: statusEvent(msc) });
      await h.pass(at(121));
      expect(delivered(msc).map((b) => b.event_id)).toEqual([String(later.id)]);
      release();
      const early = await held;
      expect(early.id).toBeLessThan(later.id);
      await h.pass(at(122));
      expect(
        delivered(msc)
          .map((b) => b.event_id)
          .sort(),
      ).toEqual([String(early.id), String(later.id)].sort());
      expect((await cursor()).eventId).toBe(later.id);
      await h.pass(at(300));
      expect(delivered(msc)).toHaveLength(2);
    } finally {
      await second.close();
    }
  });

  it("creates each delivery once when two instances dispatch at the same time", async () => {
    const second = kind === "postgres" ? await secondConnection(db) : null;
    try {
      await h.pass(at(400));
      const msc = await h.freshMsc();
      await h.propose(msc, at(400));
      const hold = { webhook: () => Promise.resolve() }; // the deliveries are what is counted here
      const results = await Promise.all([
        h.pass(at(400), { instance: "a", ...hold }),
        h.pass(at(400), { instance: "b", ...hold, ...(second ? { prisma: second.prisma } : {}) }),
      ]);
      expect(results.reduce((n, r) => n + r.created, 0)).toBe(2);
      expect(await h.deliveriesAbout(msc, "webhook")).toHaveLength(2);
    } finally {
      await second?.close();
    }
  });

  it("lets votes and FCP steps through, unslowed, while every channel is down and a pass is failing", async () => {
    await h.pass(at(500));
    const msc = await h.freshMsc();
    await h.follower("reader", msc, { level: "every" });
    await db.prisma.outboundWebhook.updateMany({ data: { url: "http://127.0.0.1:9/closed" } });
    const down = {
      email: smtpMailSender({
        url: "smtp://u:p@127.0.0.1:9",
        from: "t@example.org",
        messageIdDomain: "x",
        timeoutMs: 500,
      }).send,
      matrix: {
        room: matrixRoom({ homeserverUrl: "http://127.0.0.1:9", accessToken: "t", roomId: "!r:x", timeoutMs: 500 }),
        level: "every" as const,
        scope: "all" as const,
      },
    };
    await h.pass(at(500), down); // switches e-mail and Matrix on
    const { roundId } = await h.propose(msc, at(501));
    const passes: Promise<unknown>[] = [];
    const started = Date.now();
    for (const member of ["m1", "m2", "m3", "m4", "m5", "m6", "m7"]) {
      passes.push(h.pass(at(502), down));
      await h.vote(roundId, member, "approve", at(502));
    }
    expect(Date.now() - started).toBeLessThan(10_000);
    await Promise.all(passes);
    const round = await db.prisma.fcpRound.findUniqueOrThrow({ where: { id: roundId } });
    expect(round.startedAt).toEqual(at(502)); // the 8th approval started the FCP
    await h.pass(at(503), down);
    const failed = await db.prisma.delivery.findMany({
      where: { status: "failed", createdAt: { gte: new Date(started) } },
    });
    expect(new Set(failed.map((d) => d.channel))).toEqual(new Set(["email", "matrix", "webhook"]));
    expect(failed.every((d) => /unreachable|ECONNREFUSED/.test(d.lastError ?? ""))).toBe(true);
  });

  it.runIf(kind === "postgres")(
    "syncs and votes while a stuck notifier holds every notification table locked",
    async () => {
      const second = await secondConnection(db);
      const github = await startFakeGitHub();
      let release!: () => void;
      let locked!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      const lockedYet = new Promise<void>((resolve) => (locked = resolve));
      const stuck = second.prisma.$transaction(
        async (tx) => {
          await tx.$executeRawUnsafe(
            "LOCK TABLE deliveries, notify_cursors, email_preferences, outbound_webhooks IN ACCESS EXCLUSIVE MODE",
          );
          locked();
          await released;
        },
        { timeout: 60_000 },
      );
      try {
        await lockedYet;
        const blockedPass = h.pass(at(600));
        const msc = await h.freshMsc();
        const { roundId } = await h.propose(msc, at(600));
        await h.vote(roundId, "m1", "approve", at(600));
        expect(await db.prisma.event.count({ where: { proposalNumber: msc } })).toBeGreaterThanOrEqual(3);
        const sync = await syncWithFake(db.prisma, github);
        expect(sync.outcome).toBe("succeeded");
        release();
        await stuck;
        // Once the lock goes, the waiting pass finishes. It dispatches only events older than
        // its start (run-notify-pass.ts), so the next pass is the one that sends what the vote caused.
        await blockedPass;
        expect((await h.pass(at(601))).created).toBeGreaterThan(0);
      } finally {
        release();
        await stuck.catch(() => {});
        await github.close();
        await second.close();
      }
    },
  );
});
