import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import type { PrismaClient } from "@/lib/db/generated/client";
import { cancelFcp } from "@/lib/fcp/operations/cancel-fcp";
import { applyFcpChange } from "@/lib/fcp/operations/fcp-change";
import { findDueRounds } from "@/lib/github/write-back/find-due-rounds";
import { notifyHarness, openNotifyDatabase, RULES, secondConnection, T0 } from "@/test/fakes/notify-harness";
import { DATABASE_KINDS } from "@/test/support/test-database";
import { recordDueReminders } from "./record-reminders";

// Recording reminders: each once per person and repeat, whatever the number of passes
// or instances, and only for rounds still waiting.

const SETTINGS = { positionDays: 3, mergeDays: 7 };
const days = (n: number, from = T0) => new Date(from.getTime() + n * 86_400_000);

describe.each(DATABASE_KINDS)("recording reminders on the %s database", (kind) => {
  let db: DatabaseHandle;
  const h = notifyHarness(() => db);
  const remindersAbout = (msc: number) =>
    db.prisma.event.findMany({
      where: { proposalNumber: msc, kind: { startsWith: "reminder." } },
      orderBy: { id: "asc" },
      select: { kind: true, actorLogin: true, source: true, data: true, dedupeKey: true, at: true },
    });
  const lines = async (msc: number) =>
    (await remindersAbout(msc)).map((e) => {
      const data = e.data as { login: string; number: number; days: number };
      return `${e.kind} ${data.login} #${data.number} ${data.days}d`;
    });

  beforeAll(async () => {
    db = await openNotifyDatabase(kind);
  });
  afterAll(async () => db.close());

  it("records a position reminder once per member and repeat, even from two passes at once", async () => {
    const msc = await h.freshMsc();
    const { roundId } = await h.propose(msc, T0); // m0 approves by proposing
    await h.vote(roundId, "m1", "approve");
    await h.vote(roundId, "m2", "abstain");
    await h.vote(roundId, "m3", "recuse");
    await h.pass(new Date(days(3).getTime() - 1000), { reminders: SETTINGS });
    expect(await remindersAbout(msc)).toEqual([]);

    const other = kind === "postgres" ? await secondConnection(db) : null;
    const otherPrisma = (other?.prisma ?? db.prisma) as PrismaClient;
    await Promise.all([
      h.pass(days(3), { reminders: SETTINGS }),
      h.pass(days(3), { reminders: SETTINGS, prisma: otherPrisma, instance: "test-b" }),
    ]);
    await other?.close();
    await h.pass(days(4), { reminders: SETTINGS });
    const awaited = ["m4", "m5", "m6", "m7", "m8", "m9"];
    expect(await lines(msc)).toEqual(awaited.map((m) => `reminder.position ${m} #1 3d`));
    const [first] = await remindersAbout(msc);
    expect(first).toEqual({
      kind: "reminder.position",
      actorLogin: null,
      source: "system",
      data: { login: "m4", number: 1, days: 3 },
      dedupeKey: `reminder:reminder.position:${roundId}:m4:1`,
      at: days(3),
    });

    // GitHub shows nothing of a reminder: write-back still sees the round as of its last vote.
    const [lastVote] = await db.prisma.event.findMany({
      where: { fcpRoundId: roundId, kind: "vote.cast" },
      orderBy: { id: "desc" },
      take: 1,
    });
    const due = await findDueRounds(db.prisma, { dryRun: false, now: days(4) });
    expect(due.find((round) => round.roundId === roundId)?.eventId).toBe(lastVote!.id);

    await h.vote(roundId, "m4", "approve", days(5));
    await h.pass(days(6), { reminders: SETTINGS });
    expect((await lines(msc)).slice(6)).toEqual(awaited.slice(1).map((m) => `reminder.position ${m} #2 6d`));

    await applyFcpChange(db.prisma, "m2", (tx) =>
      cancelFcp(tx, { roundId, by: "m2", reason: "later" }, { now: days(7), rules: RULES }),
    );
    await h.pass(days(9), { reminders: SETTINGS });
    expect(await lines(msc)).toHaveLength(11);
  });

  it("reminds the authors of an MSC to merge until its pull request is merged", async () => {
    const msc = await h.freshMsc();
    await db.prisma.proposal.update({
      where: { number: msc },
      data: { authorLogin: "Writer", authors: ["writer", "co-author"] },
    });
    const finishedAt = days(20);
    await db.prisma.fcpRound.create({
      data: {
        proposalNumber: msc,
        disposition: "merge",
        proposedBy: "m0",
        proposedAt: days(10),
        startedAt: days(14),
        endsAt: days(19),
        completedAt: finishedAt,
        source: "web",
      },
    });
    await h.pass(days(26.9), { reminders: SETTINGS });
    expect(await lines(msc)).toEqual([]);
    await h.pass(days(27), { reminders: SETTINGS });
    expect(await lines(msc)).toEqual(["reminder.merge Writer #1 7d", "reminder.merge co-author #1 7d"]);
    await db.prisma.proposal.update({ where: { number: msc }, data: { merged: true, githubState: "closed" } });
    await h.pass(days(34), { reminders: SETTINGS });
    expect(await lines(msc)).toHaveLength(2);
  });

  it("records nothing when off, and logs one line when the database fails", async () => {
    const msc = await h.freshMsc();
    await h.propose(msc, days(40));
    await h.pass(days(43), { reminders: { positionDays: 0, mergeDays: 0 } });
    await h.pass(days(43));
    expect(await remindersAbout(msc)).toEqual([]);

    const log: string[] = [];
    const failing = new Proxy(db.prisma, {
      get: (target, name, receiver) =>
        name === "fcpRound"
          ? { findMany: () => Promise.reject(new Error("connection lost\n  at somewhere")) }
          : Reflect.get(target, name, receiver),
    });
    const step = { prisma: failing, now: days(43), settings: SETTINGS, log: (line: string) => log.push(line) };
    expect(await recordDueReminders(step)).toBe(0);
    expect(log).toEqual(["Reminders: recording due reminders failed: connection lost"]);
  });
});
