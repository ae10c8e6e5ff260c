import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import type { Prisma } from "@/lib/db/generated/client";
import { openNotifyDatabase, T0 } from "@/test/fakes/notify-harness";
import { DATABASE_KINDS } from "@/test/support/test-database";
import { listDeliveries } from "./list-deliveries";

describe.each(DATABASE_KINDS)("the delivery log on the %s database", (kind) => {
  let db: DatabaseHandle;
  beforeAll(async () => {
    db = await openNotifyDatabase(kind);
  });
  afterAll(async () => db.close());

  it("lists the latest deliveries, newest first, naming targets without addresses or URL secrets", async () => {
    const user = await db.prisma.user.create({ data: { githubLogin: "alice", email: "alice@example.org" } });
    const hook = await db.prisma.outboundWebhook.create({
      data: { url: "https://hooks.example.org/in?token=abc", secret: "s", createdBy: "admin" },
    });
    const row = (
      n: number,
      extra: Pick<Prisma.DeliveryCreateManyInput, "channel" | "targetId"> & Partial<Prisma.DeliveryCreateManyInput>,
    ) => ({
      key: `event:${n}`,
      eventIds: [BigInt(n)],
      nextAttemptAt: T0,
      createdAt: new Date(T0.getTime() + n * 1000),
      ...extra,
    });
    await db.prisma.delivery.createMany({
      data: [
        row(1, { channel: "email", targetId: user.id, status: "sent", sentAt: T0, attempts: 1 }),
        row(2, {
          channel: "webhook",
          targetId: String(hook.id),
          status: "failed",
          attempts: 2,
          lastError: "Webhook answered 503",
        }),
        row(3, { channel: "matrix", targetId: "!r:example.org", status: "gave_up", attempts: 8, lastError: "gave up" }),
        row(4, { channel: "webhook", targetId: "999", status: "pending" }),
      ],
    });
    const log = await listDeliveries(db.prisma, 3);
    expect(log.map((d) => [d.channel, d.target, d.status, d.attempts, d.lastError, d.nextAttemptAt])).toEqual([
      ["webhook", "webhook 999 (removed)", "pending", 0, null, T0],
      ["matrix", "!r:example.org", "gave_up", 8, "gave up", null],
      ["webhook", "https://hooks.example.org/in", "failed", 2, "Webhook answered 503", T0],
    ]);
    const all = await listDeliveries(db.prisma);
    expect(all.at(-1)).toMatchObject({ channel: "email", target: "@alice", status: "sent", sentAt: T0, eventCount: 1 });
    expect(JSON.stringify(all)).not.toContain("alice@example.org");
  });
});
