import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { cancelFcp } from "@/lib/fcp/operations/cancel-fcp";
import { applyFcpChange } from "@/lib/fcp/operations/fcp-change";
import { at, notifyHarness, openNotifyDatabase, RULES, secondConnection, T0 } from "@/test/fakes/notify-harness";
import { startSmtpSink, type SmtpSink } from "@/test/fakes/smtp-sink";
import { DATABASE_KINDS } from "@/test/support/test-database";
import type { NotifyOptions } from "./run-notify-pass";
import { smtpMailSender } from "./channels/smtp-mailer";

describe.each(DATABASE_KINDS)("e-mail notifications on the %s database", (kind) => {
  let db: DatabaseHandle;
  let sink: SmtpSink;
  let mailer: ReturnType<typeof smtpMailSender>;
  const h = notifyHarness(() => db);
  const pass = (now: Date, extra: Partial<NotifyOptions> = {}) => h.pass(now, { email: mailer.send, ...extra });
  const applyCancel = (roundId: number, now: Date) =>
    applyFcpChange(db.prisma, "m2", (tx) =>
      cancelFcp(tx, { roundId, by: "m2", reason: "later" }, { now, rules: RULES }),
    );
  const mailsTo = (login: string) => sink.messages.filter((m) => m.to.includes(`${login}@example.org`));

  beforeAll(async () => {
    db = await openNotifyDatabase(kind);
    sink = await startSmtpSink();
    mailer = smtpMailSender({
      url: sink.url,
      from: "MSC Tracker <tracker@example.org>",
      messageIdDomain: "tracker.example.org",
      timeoutMs: 2_000,
    });
    await pass(T0); // switches the channel on
  });
  afterAll(async () => {
    mailer.close();
    await sink.close();
    await db.close();
  });
  afterEach(() => sink.clearFaults());

  it("mails followers who opted in, once per change at their level, with a Message-ID from the delivery", async () => {
    const msc = await h.freshMsc();
    await h.follower("sig-reader", msc, { level: "significant" });
    await h.follower("every-reader", msc, { level: "every" });
    await h.follower("silent-reader", msc); // follows, never turned e-mail on
    const other = await h.freshMsc();
    await h.follower("elsewhere", other, { level: "every" });
    const { roundId } = await h.propose(msc);
    await h.vote(roundId, "m1");
    expect(await pass(T0)).toMatchObject({ failed: 0 });

    expect(
      mailsTo("sig-reader")
        .map((m) => m.subject)
        .sort(),
    ).toEqual([`MSC${msc} moved from In review to Proposed FCP (Test)`, `MSC${msc}: FCP proposed to merge (Test)`]);
    expect(
      mailsTo("every-reader")
        .map((m) => m.subject)
        .sort(),
    ).toEqual([
      `MSC${msc} moved from In review to Proposed FCP (Test)`,
      `MSC${msc}: FCP proposed to merge (Test)`,
      `MSC${msc}: m1 approved the FCP to merge (Test)`,
    ]);
    expect(mailsTo("silent-reader")).toEqual([]);
    expect(mailsTo("elsewhere")).toEqual([]);
    const [mail] = mailsTo("sig-reader");
    expect(mail!.from).toBe("tracker@example.org");
    expect(mail!.text).toContain(`https://tracker.example.org/proposals/${msc}`);
    expect(mail!.headers).toMatch(/^Auto-Submitted: auto-generated$/m);
    const deliveries = await h.deliveriesAbout(msc, "email");
    expect(deliveries.map((d) => d.status)).toEqual(Array(5).fill("sent"));
    expect(deliveries.map((d) => `<${d.id}@tracker.example.org>`).sort()).toEqual(
      [...mailsTo("sig-reader"), ...mailsTo("every-reader")].map((m) => m.messageId).sort(),
    );

    const count = sink.messages.length;
    expect(await pass(at(60))).toEqual({ created: 0, sent: 0, failed: 0, skipped: 0 });
    expect(sink.messages).toHaveLength(count);
  });

  it("retries a mail the server deferred (4xx) after the back-off, and sends it once", async () => {
    const msc = await h.freshMsc();
    await h.follower("deferred", msc, { level: "significant" });
    sink.refuseNext(2, 451, "data", "4.3.0 Try again later");
    await h.propose(msc);
    expect(await pass(T0)).toMatchObject({ sent: 0, failed: 2 });
    const failed = await h.deliveriesAbout(msc, "email");
    expect(failed.map((d) => [d.status, d.attempts, d.nextAttemptAt])).toEqual([
      ["failed", 1, at(30)],
      ["failed", 1, at(30)],
    ]);
    expect(failed[0]!.lastError).toBe(
      `SMTP server answered 451 4.3.0 Try again later to DATA; retrying at ${at(30).toISOString()}`,
    );
    expect(await pass(at(29))).toMatchObject({ sent: 0, failed: 0 });
    expect(mailsTo("deferred")).toEqual([]);
    expect(await pass(at(30))).toMatchObject({ sent: 2 });
    expect(mailsTo("deferred")).toHaveLength(2);
    expect(await pass(at(3600))).toMatchObject({ sent: 0 });
    expect(mailsTo("deferred")).toHaveLength(2);
  });

  it("resends a mail whose answer was lost with the same Message-ID, and never again once recorded", async () => {
    const msc = await h.freshMsc();
    await h.follower("lost-answer", msc, { level: "significant" });
    sink.dropAfterAcceptingNext();
    await h.propose(msc);
    expect(await pass(T0)).toMatchObject({ sent: 1, failed: 1 });
    const [lost] = (await h.deliveriesAbout(msc, "email")).filter((d) => d.status === "failed");
    expect(lost!.lastError).toMatch(/^SMTP server unreachable or gone: .*; retrying at/);
    // The server kept it though: SMTP cannot be asked, so the retry sends it again...
    expect(mailsTo("lost-answer")).toHaveLength(2);
    expect(await pass(at(30))).toMatchObject({ sent: 1 });
    const copies = mailsTo("lost-answer").filter((m) => m.messageId === `<${lost!.id}@tracker.example.org>`);
    // ...under the same Message-ID and with the same text, so a mail client shows one.
    expect(copies).toHaveLength(2);
    expect(copies[1]!.text).toBe(copies[0]!.text);
    expect(await pass(at(3600))).toMatchObject({ sent: 0 });
    expect(mailsTo("lost-answer")).toHaveLength(3);
  });

  it("gives up after the last attempt, or at once when the server refuses the address", async () => {
    const msc = await h.freshMsc();
    await h.follower("refused", msc, { level: "significant" });
    sink.refuseNext(1, 550, "rcpt", "5.1.1 No such user");
    sink.refuseNext(2, 421, "data", "4.7.0 Closing");
    await h.propose(msc);
    await pass(T0, { maxAttempts: 2 });
    const first = await h.deliveriesAbout(msc, "email");
    expect(first.map((d) => [d.status, d.attempts])).toEqual(
      expect.arrayContaining([
        ["gave_up", 1],
        ["failed", 1],
      ]),
    );
    expect(first.find((d) => d.status === "gave_up")!.lastError).toBe(
      "SMTP server answered 550 5.1.1 No such user to RCPT TO; not retried",
    );
    await pass(at(30), { maxAttempts: 2 });
    const last = (await h.deliveriesAbout(msc, "email")).find((d) => d.attempts === 2)!;
    expect(last).toMatchObject({ status: "gave_up" });
    expect(last.lastError).toBe("SMTP server answered 421 4.7.0 Closing to DATA; gave up after 2 attempts");
    expect(await pass(at(86_400))).toMatchObject({ sent: 0, failed: 0 });
    expect(mailsTo("refused")).toEqual([]);
  });

  it("sends nothing to someone who turned e-mail off after the change, and records why", async () => {
    const msc = await h.freshMsc();
    const reader = await h.follower("changed-mind", msc, { level: "significant" });
    await h.propose(msc);
    sink.refuseNext(2, 451, "data", "4.3.0 Try again later");
    expect(await pass(T0)).toMatchObject({ failed: 2 });
    await db.prisma.emailPreference.update({ where: { userId: reader.id }, data: { enabled: false } });
    await pass(at(30));
    const deliveries = await h.deliveriesAbout(msc, "email");
    expect(deliveries.map((d) => [d.status, d.lastError])).toEqual([
      ["gave_up", "the recipient turned e-mail notifications off; not retried"],
      ["gave_up", "the recipient turned e-mail notifications off; not retried"],
    ]);
    expect(mailsTo("changed-mind")).toEqual([]);
  });

  it("gathers a daily reader's changes into one digest at their hour, and later ones into the next", async () => {
    const msc = await h.freshMsc();
    const other = await h.freshMsc();
    const reader = await h.follower("digest-reader", msc, { level: "every", daily: 7 });
    await h.follower("digest-reader", other);
    const { roundId } = await h.propose(msc, T0);
    await h.vote(roundId, "m1", "approve", at(3600));
    await h.propose(other, at(7200), "m3");
    await pass(at(7200));
    expect(mailsTo("digest-reader")).toEqual([]);
    const [digest] = await h.deliveries({ channel: "email", targetId: reader.id });
    expect(digest).toMatchObject({
      key: "digest:2026-03-02T07",
      status: "pending",
      nextAttemptAt: new Date("2026-03-02T07:00:00Z"),
    });
    expect(digest!.eventIds).toHaveLength(5);

    const due = new Date("2026-03-02T07:00:00Z");
    expect(await pass(new Date(due.getTime() - 1000))).toMatchObject({ sent: 0 });
    expect(await pass(due)).toMatchObject({ sent: 1 });
    const [mail] = mailsTo("digest-reader");
    expect(mailsTo("digest-reader")).toHaveLength(1);
    expect(mail!.subject).toBe("MSC Tracker digest for 2026-03-02: 5 changes on 2 MSCs");
    expect(mail!.messageId).toBe(`<${digest!.id}@tracker.example.org>`);
    expect(mail!.text).toContain(`- 13:00 UTC MSC${msc}: m1 approved the FCP to merge`);
    expect(mail!.text).toContain(`- 14:00 UTC MSC${other}: FCP proposed to merge`);

    await h.concern(msc, "late thought", new Date(due.getTime() + 60_000));
    await pass(new Date(due.getTime() + 60_000));
    const keys = (await h.deliveries({ channel: "email", targetId: reader.id })).map((d) => [d.key, d.eventIds.length]);
    expect(keys).toEqual([
      ["digest:2026-03-02T07", 5],
      ["digest:2026-03-03T07", 1],
    ]);
    expect(mailsTo("digest-reader")).toHaveLength(1);
  });

  it("keeps a digest's content once it was attempted: a later event goes to the next day's", async () => {
    const msc = await h.freshMsc();
    const reader = await h.follower("fixed-digest", msc, { level: "significant", daily: 18 });
    await h.propose(msc, T0);
    await pass(T0);
    const [digest] = await h.deliveries({ channel: "email", targetId: reader.id });
    expect(digest).toMatchObject({ key: "digest:2026-03-01T18" });
    expect(digest!.eventIds).toHaveLength(2);
    // Another instance, its clock ahead, already tried to send it (the server deferred it).
    await db.prisma.delivery.update({ where: { id: digest!.id }, data: { status: "failed", attempts: 1 } });
    await h.concern(msc, "ignored at this level", at(60));
    const round = await db.prisma.fcpRound.findFirstOrThrow({ where: { proposalNumber: msc } });
    await applyCancel(round.id, at(120));
    await pass(at(120));
    const rows = await h.deliveries({ channel: "email", targetId: reader.id });
    expect(rows.map((d) => [d.key, d.eventIds.length])).toEqual([
      ["digest:2026-03-01T18", 2],
      ["digest:2026-03-02T18", 2],
    ]);
  });

  it("lets one of two racing senders mail, never both", async () => {
    const second = kind === "postgres" ? await secondConnection(db) : null;
    try {
      const msc = await h.freshMsc();
      await h.follower("raced", msc, { level: "significant" });
      await h.propose(msc);
      const results = await Promise.all([
        pass(T0, { instance: "a" }),
        pass(T0, { instance: "b", ...(second ? { prisma: second.prisma } : {}) }),
      ]);
      expect(results.reduce((n, r) => n + r.sent, 0)).toBe(2);
      expect(mailsTo("raced")).toHaveLength(2);
    } finally {
      await second?.close();
    }
  });
});
