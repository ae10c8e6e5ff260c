import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { smtpMailSender } from "@/lib/notify/channels/smtp-mailer";
import { notifyHarness, openNotifyDatabase, T0 } from "@/test/fakes/notify-harness";
import { startSmtpSink, type SmtpSink } from "@/test/fakes/smtp-sink";
import { DATABASE_KINDS } from "@/test/support/test-database";

// A notification pass applies saved searches first: the FCP proposal that makes an MSC
// match a search reaches the person it newly follows by e-mail in that same pass.

describe.each(DATABASE_KINDS)("saved searches in a notification pass on the %s database", (kind) => {
  let db: DatabaseHandle;
  let sink: SmtpSink;
  let mailer: ReturnType<typeof smtpMailSender>;
  const h = notifyHarness(() => db);

  beforeAll(async () => {
    db = await openNotifyDatabase(kind);
    sink = await startSmtpSink();
    mailer = smtpMailSender({
      url: sink.url,
      from: "MSC Tracker <tracker@example.org>",
      messageIdDomain: "tracker.example.org",
      timeoutMs: 2_000,
    });
    await h.pass(T0, { email: mailer.send }); // switches the channel on
  });
  afterAll(async () => {
    mailer.close();
    await sink.close();
    await db.close();
  });

  it("mails the new follower about the status move that made the MSC match", async () => {
    const msc = await h.freshMsc();
    const reader = await db.prisma.user.create({ data: { githubLogin: "searcher", email: "searcher@example.org" } });
    await db.prisma.emailPreference.create({
      data: { userId: reader.id, enabled: true, level: "significant", cadence: "immediate" },
    });
    await db.prisma.savedSearch.create({
      data: { userId: reader.id, name: "Proposed FCP", query: `q=${msc}&status=proposed-fcp` },
    });
    expect(await h.pass(T0, { email: mailer.send })).toMatchObject({ created: 0 });
    expect(await db.prisma.follow.count({ where: { userId: reader.id } })).toBe(0);

    await h.propose(msc);
    await h.pass(T0, { email: mailer.send });
    const follow = await db.prisma.follow.findUniqueOrThrow({
      where: { userId_proposalNumber: { userId: reader.id, proposalNumber: msc } },
    });
    expect(follow.savedSearchId).not.toBeNull();
    const subjects = sink.messages.filter((m) => m.to.includes("searcher@example.org")).map((m) => m.subject);
    expect(subjects.sort()).toEqual([
      `MSC${msc} moved from In review to Proposed FCP (Test)`,
      `MSC${msc}: FCP proposed to merge (Test)`,
    ]);
    expect(h.logs).toEqual([]);
  });

  it("logs one line and goes on when saved searches cannot be applied", async () => {
    const logs: string[] = [];
    const broken = new Proxy(db.prisma, {
      get: (target, name) =>
        name === "savedSearch"
          ? {
              findMany: () => Promise.reject(new Error("saved searches unreadable")),
            }
          : Reflect.get(target, name),
    });
    const result = await h.pass(T0, { prisma: broken, email: mailer.send, log: (line) => logs.push(line) });
    expect(result.failed).toBe(0);
    expect(logs).toEqual(["Notifications: applying saved searches failed: saved searches unreadable"]);
  });
});
