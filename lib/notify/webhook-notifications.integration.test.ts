import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { at, notifyHarness, openNotifyDatabase, secondConnection, T0 } from "@/test/fakes/notify-harness";
import { startWebhookReceiver, type WebhookReceiver } from "@/test/fakes/webhook-receiver";
import { DATABASE_KINDS } from "@/test/support/test-database";
import { verifyWebhookSignature } from "./channels/sign-webhook";

const SECRET = "webhook-secret";

describe.each(DATABASE_KINDS)("outbound webhooks on the %s database", (kind) => {
  let db: DatabaseHandle;
  let receiver: WebhookReceiver;
  const h = notifyHarness(() => db);
  beforeAll(async () => {
    db = await openNotifyDatabase(kind);
    receiver = await startWebhookReceiver();
    await h.pass(T0); // switches the channel on: nothing before this is history to replay
  });
  afterAll(async () => {
    await receiver.close();
    await db.close();
  });
  afterEach(() => receiver.clearFaults());

  /** Registers a hook on the receiver; returns its id. */
  const register = async (path: string, level: "every" | "significant" = "significant", active = true) => {
    const hook = await db.prisma.outboundWebhook.create({
      data: { url: `${receiver.url}${path}`, secret: SECRET, level, active, createdBy: "admin" },
    });
    return hook.id;
  };
  const received = (path: string) => receiver.received.filter((r) => r.path === path);
  const header = (r: { headers: Record<string, unknown> }, name: string) => String(r.headers[name]);

  it("POSTs each status change and FCP step once, as signed JSON with its delivery id and event name", async () => {
    await register("/significant");
    await register("/every", "every");
    await register("/off", "significant", false);
    const msc = await h.freshMsc();
    const { roundId } = await h.propose(msc);
    await h.vote(roundId, "m1");
    expect(await h.pass(T0)).toMatchObject({ failed: 0 });
    const significant = received("/significant");
    expect(significant.map((r) => header(r, "x-msc-tracker-event")).sort()).toEqual(["fcp.proposed", "status.changed"]);
    expect(
      received("/every")
        .map((r) => header(r, "x-msc-tracker-event"))
        .sort(),
    ).toEqual(["fcp.proposed", "status.changed", "vote.cast"]);
    expect(received("/off")).toEqual([]);

    const status = significant.find((r) => header(r, "x-msc-tracker-event") === "status.changed")!;
    expect(verifyWebhookSignature(SECRET, status.body, header(status, "x-msc-tracker-signature"))).toBe(true);
    expect(verifyWebhookSignature("wrong", status.body, header(status, "x-msc-tracker-signature"))).toBe(false);
    expect(header(status, "content-type")).toBe("application/json");
    const body = JSON.parse(status.body) as Record<string, unknown>;
    expect(body).toMatchObject({
      event: "status.changed",
      msc,
      from: "in-review",
      to: "proposed-fcp",
      url: `https://tracker.example.org/proposals/${msc}`,
      delivery: header(status, "x-msc-tracker-delivery"),
    });
    const sent = await h.deliveries({ channel: "webhook" });
    expect(sent.every((d) => d.status === "sent" && d.attempts === 1 && d.sentAt !== null)).toBe(true);
    expect(sent.map((d) => d.id).sort()).toEqual(
      receiver.received.map((r) => header(r, "x-msc-tracker-delivery")).sort(),
    );

    const before = receiver.received.length;
    expect(await h.pass(at(60))).toEqual({ created: 0, sent: 0, failed: 0, skipped: 0 });
    expect(receiver.received.length).toBe(before);
  });

  it("retries a failure after its back-off (or the receiver's Retry-After) and delivers it once", async () => {
    await db.prisma.outboundWebhook.updateMany({ data: { active: false } });
    const id = await register("/retry");
    const msc = await h.freshMsc();
    await h.concern(msc, "no FCP, just a concern"); // not significant: no delivery
    await h.propose(msc);
    receiver.failNext(2, 503, "120");
    expect(await h.pass(T0)).toMatchObject({ sent: 0, failed: 2 });
    const failed = await h.deliveries({ channel: "webhook", targetId: String(id) });
    expect(failed).toHaveLength(2);
    expect(failed[0]).toMatchObject({ status: "failed", attempts: 1, nextAttemptAt: at(120) });
    expect(failed[0]!.lastError).toBe(
      `Webhook ${new URL(receiver.url).host} answered 503; retrying at ${at(120).toISOString()}`,
    );
    expect(h.logs.at(-1)).toMatch(/^Notifications: webhook delivery \S+ failed: Webhook .* answered 503; retrying at/);

    expect(await h.pass(at(119))).toMatchObject({ sent: 0, failed: 0 });
    expect(received("/retry")).toHaveLength(0);
    expect(await h.pass(at(120))).toMatchObject({ sent: 2, failed: 0 });
    expect(received("/retry")).toHaveLength(2);
    expect(await h.deliveries({ channel: "webhook", targetId: String(id) })).toEqual([
      expect.objectContaining({ status: "sent", attempts: 2, lastError: null }),
      expect.objectContaining({ status: "sent", attempts: 2, lastError: null }),
    ]);
  });

  it("sends a retry after a lost answer with the same delivery id, body and signature, so the receiver can drop it", async () => {
    await db.prisma.outboundWebhook.updateMany({ data: { active: false } });
    await register("/lost");
    const msc = await h.freshMsc();
    await h.propose(msc);
    receiver.failAfterRecordingNext();
    receiver.dropAfterRecordingNext();
    expect(await h.pass(T0)).toMatchObject({ failed: 2 });
    expect(h.logs.at(-1)).toMatch(/Webhook 127\.0\.0\.1:\d+ unreachable \(/);
    expect(await h.pass(at(30))).toMatchObject({ sent: 2 });
    const requests = received("/lost");
    expect(requests).toHaveLength(4);
    const byDelivery = new Map<string, typeof requests>();
    for (const r of requests) {
      const id = header(r, "x-msc-tracker-delivery");
      byDelivery.set(id, [...(byDelivery.get(id) ?? []), r]);
    }
    expect(byDelivery.size).toBe(2);
    for (const copies of byDelivery.values()) {
      expect(copies).toHaveLength(2);
      expect(copies[1]!.body).toBe(copies[0]!.body);
      expect(header(copies[1]!, "x-msc-tracker-signature")).toBe(header(copies[0]!, "x-msc-tracker-signature"));
    }
    expect(await h.pass(at(3600))).toMatchObject({ sent: 0, failed: 0 });
    expect(received("/lost")).toHaveLength(4);
  });

  it("gives up after the last attempt and records why", async () => {
    await db.prisma.outboundWebhook.updateMany({ data: { active: false } });
    const id = await register("/down");
    const msc = await h.freshMsc();
    await h.propose(msc);
    receiver.failNext(6, 500);
    const options = { maxAttempts: 3 };
    await h.pass(T0, options);
    await h.pass(at(30), options);
    const afterTwo = await h.deliveries({ channel: "webhook", targetId: String(id) });
    expect(afterTwo.map((d) => [d.status, d.attempts])).toEqual([
      ["failed", 2],
      ["failed", 2],
    ]);
    expect(afterTwo[0]!.nextAttemptAt).toEqual(at(90));
    await h.pass(at(90), options);
    const gaveUp = await h.deliveries({ channel: "webhook", targetId: String(id) });
    expect(gaveUp.map((d) => [d.status, d.attempts])).toEqual([
      ["gave_up", 3],
      ["gave_up", 3],
    ]);
    expect(gaveUp[0]!.lastError).toMatch(/answered 500; gave up after 3 attempts$/);
    expect(await h.pass(at(86_400), options)).toMatchObject({ sent: 0, failed: 0 });
    expect(received("/down")).toEqual([]);
  });

  it("sends a fan-out larger than one batch in a single pass", async () => {
    await db.prisma.outboundWebhook.updateMany({ data: { active: false } });
    for (let i = 0; i < 30; i++) await register(`/fan/${i}`);
    const msc = await h.freshMsc();
    await h.propose(msc);
    expect(await h.pass(T0)).toMatchObject({ created: 60, sent: 60, failed: 0 });
    expect(receiver.received.filter((r) => r.path.startsWith("/fan/"))).toHaveLength(60);
  });

  it("lets one of two racing senders deliver, never both", async () => {
    const second = kind === "postgres" ? await secondConnection(db) : null;
    try {
      await db.prisma.outboundWebhook.updateMany({ data: { active: false } });
      await register("/race");
      const msc = await h.freshMsc();
      await h.propose(msc);
      const results = await Promise.all([
        h.pass(T0, { instance: "a" }),
        h.pass(T0, { instance: "b", ...(second ? { prisma: second.prisma } : {}) }),
      ]);
      expect(results.reduce((n, r) => n + r.sent, 0)).toBe(2);
      expect(received("/race")).toHaveLength(2);
      expect(new Set(received("/race").map((r) => header(r, "x-msc-tracker-delivery"))).size).toBe(2);
    } finally {
      await second?.close();
    }
  });
});
