import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { loadMeFeed } from "@/lib/me-feed/load-me-feed";
import type { MatrixRoom } from "@/lib/notify/channels/matrix-room";
import { smtpMailSender } from "@/lib/notify/channels/smtp-mailer";
import { getProposalDetail } from "@/lib/proposals/get-proposal-detail";
import { notifyHarness, openNotifyDatabase, T0 } from "@/test/fakes/notify-harness";
import { startSmtpSink, type SmtpSink } from "@/test/fakes/smtp-sink";
import { DATABASE_KINDS } from "@/test/support/test-database";

// Where a reminder goes: the addressee's mail and /me/feed, nowhere public.

const SETTINGS = { positionDays: 3, mergeDays: 7 };
const B = new Date(T0.getTime() + 100 * 86_400_000);
const days = (n: number) => new Date(B.getTime() + n * 86_400_000);

describe.each(DATABASE_KINDS)("delivering reminders on the %s database", (kind) => {
  let db: DatabaseHandle;
  let sink: SmtpSink;
  let mailer: ReturnType<typeof smtpMailSender>;
  const posted: string[] = [];
  const room: MatrixRoom = { roomId: "!room:example.org", post: async (_room, _txn, text) => void posted.push(text) };
  const h = notifyHarness(() => db);
  const pass = (now: Date) =>
    h.pass(now, { email: mailer.send, matrix: { room, level: "every", scope: "all" }, reminders: SETTINGS });
  const mailsTo = (login: string) => sink.messages.filter((m) => m.to.includes(`${login}@example.org`));
  let msc = 0;
  const user = async (githubLogin: string, email?: { cadence: "immediate" | "daily"; level?: "every" }) =>
    db.prisma.user.create({
      data: {
        githubLogin,
        email: `${githubLogin.toLowerCase()}@example.org`,
        ...(email ? { emailPreference: { create: { enabled: true, digestHour: 8, ...email } } } : {}),
      },
    });

  beforeAll(async () => {
    db = await openNotifyDatabase(kind);
    sink = await startSmtpSink();
    mailer = smtpMailSender({
      url: sink.url,
      from: "tracker@example.org",
      messageIdDomain: "t.example",
      timeoutMs: 2000,
    });
    await db.prisma.outboundWebhook.create({
      data: { url: "http://127.0.0.1:9/hook", secret: "s", level: "every", createdBy: "root" },
    });
    await pass(B); // switches the channels on
    msc = await h.freshMsc();
    const { roundId } = await h.propose(msc, B);
    for (const member of ["m1", "m2", "m3", "m7", "m8", "m9"]) await h.vote(roundId, member, "approve", B);
    await user("m4", { cadence: "immediate" }); // significant only, follows nothing
    await user("M5", { cadence: "daily" }); // GitHub's spelling differs from the team's
    await user("m6"); // never turned e-mail on
    await h.follower("fan", msc, { level: "every" });
    await pass(days(3));
  });
  afterAll(async () => {
    mailer.close();
    await sink.close();
    await db.close();
  });

  it("mails the member once at their cadence, whether or not they follow, and no one else", async () => {
    const subject = `Reminder: MSC${msc} has waited 3 days for your position on FCP to merge (Test)`;
    expect(mailsTo("m4").map((m) => m.subject)).toEqual([subject]);
    expect(mailsTo("m4")[0]!.text).toContain("a reminder in MSC Tracker is addressed to you");
    expect(mailsTo("fan").some((m) => m.subject?.startsWith("Reminder"))).toBe(false);
    expect(mailsTo("m6")).toEqual([]);
    expect(mailsTo("m5")).toEqual([]);
    await pass(new Date(days(3).getTime() + 60_000));
    expect(mailsTo("m4")).toHaveLength(1);

    const digestHour = new Date(days(4).toISOString().slice(0, 10) + "T08:00:00Z");
    await pass(digestHour);
    expect(mailsTo("m5")).toHaveLength(1);
    expect(mailsTo("m5")[0]!.text).toContain(`Reminder: MSC${msc} has waited 3 days for your position`);
  });

  it("plans no Matrix post or webhook for a reminder", async () => {
    const reminders = await db.prisma.event.findMany({ where: { kind: { startsWith: "reminder." } } });
    expect(reminders).toHaveLength(3); // m4, m5, m6
    const ids = reminders.map((e) => e.id);
    const elsewhere = await db.prisma.delivery.findMany({
      where: { channel: { in: ["matrix", "webhook"] }, eventIds: { hasSome: ids } },
    });
    expect(elsewhere).toEqual([]);
    expect(posted.some((text) => text.includes("Reminder"))).toBe(false);
  });

  it("shows the reminder on the addressee's /me/feed only, as new", async () => {
    const headlines = async (login: string) => {
      const reader = await db.prisma.user.findUniqueOrThrow({ where: { githubLogin: login } });
      const page = await loadMeFeed(db.prisma, reader.id, { now: days(5) });
      return page.entries.filter((e) => e.headline.startsWith("Reminder")).map((e) => [e.headline, e.isNew]);
    };
    const entry = [`Reminder: MSC${msc} has waited 3 days for your position on FCP to merge`, true];
    expect(await headlines("m4")).toEqual([entry]);
    expect(await headlines("M5")).toEqual([entry]);
    expect(await headlines("fan")).toEqual([]);
  });

  it("keeps reminders off the public audit log and the MSC's timeline", async () => {
    const audit = await listAuditEvents(db.prisma, { group: null, msc, actor: null, before: null });
    expect(audit.entries.length).toBeGreaterThan(0);
    expect(audit.entries.some((e) => e.kind.startsWith("reminder."))).toBe(false);
    // Who follows what is as personal as a reminder.
    await db.prisma.event.create({
      data: { kind: "follow.added", proposalNumber: msc, actorLogin: "fan", source: "web", data: { changed: true } },
    });
    const detail = await getProposalDetail(msc, db.prisma);
    const kinds = detail!.events.map((e) => e.kind);
    expect(kinds).toContain("fcp.proposed");
    expect(kinds.filter((k) => k.startsWith("reminder.") || k.startsWith("follow."))).toEqual([]);
  });
});
