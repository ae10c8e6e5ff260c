import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeAuditEvent } from "@/lib/audit/describe-audit-event";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import { listFcpRounds } from "@/lib/fcp/list-fcp-rounds";
import { getProposalDetail } from "@/lib/proposals/get-proposal-detail";
import { seedProposal, seedTeam, TEAM } from "@/test/support/seed-fcp-team";
import { DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";
import type { PositionName } from "../fcp-dto";
import { cancelFcp } from "./cancel-fcp";
import { completeDueFcps } from "./complete-due-fcps";
import { applyFcpChange } from "./fcp-change";
import { proposeFcp } from "./propose-fcp";
import { raiseConcern } from "./raise-concern";
import { recordPosition } from "./record-position";
import { resolveConcern } from "./resolve-concern";
import { startFcpIfReady } from "./start-fcp-if-ready";
import { startReadyFcps } from "./start-ready-fcps";

const T0 = new Date("2026-03-01T12:00:00Z");
const at = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);
const DAY = 24;

describe.each(DATABASE_KINDS)("FCP operations on the %s database", (kind) => {
  let db: DatabaseHandle;
  let nextMsc = 5000;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.runner);
    await seedTeam(db.prisma);
  });
  afterAll(async () => db.close());

  const propose = async (msc: number, by = "m0", now = T0) =>
    applyFcpChange(db.prisma, by, (tx) => proposeFcp(tx, { proposalNumber: msc, disposition: "merge", by }, { now }));
  const vote = (roundId: number, member: string, position: PositionName, now = T0) =>
    applyFcpChange(db.prisma, member, (tx) => recordPosition(tx, { roundId, member, position }, { now }));
  const concern = (msc: number, text: string, by = "m1", now = T0) =>
    applyFcpChange(db.prisma, by, (tx) => raiseConcern(tx, { proposalNumber: msc, text, by }, { now }));
  const resolve = (msc: number, text: string, by = "m1", now = T0) =>
    applyFcpChange(db.prisma, by, (tx) => resolveConcern(tx, { proposalNumber: msc, concern: { text }, by }, { now }));
  const round = async (msc: number) => (await listFcpRounds({ proposalNumber: msc }, db.prisma)).at(-1)!;
  const kinds = async (msc: number) =>
    (await db.prisma.event.findMany({ where: { proposalNumber: msc }, orderBy: { id: "asc" } })).map((e) => e.kind);
  const fresh = () => seedProposal(db.prisma, nextMsc++);

  it("proposes with the roster snapshotted and the proposer's approval counted", async () => {
    const msc = await fresh();
    const { roundId, started } = await propose(msc);
    expect(started).toBe(false);
    expect(await round(msc)).toMatchObject({
      id: roundId,
      phase: "proposed",
      approvals: 1,
      required: 8,
      quorum_base: 10,
    });
    const stored = await db.prisma.fcpRound.findUniqueOrThrow({ where: { id: roundId } });
    expect(stored.roster).toHaveLength(10);
    expect(await db.prisma.vote.findMany({ where: { fcpRoundId: roundId } })).toEqual([
      expect.objectContaining({ memberLogin: "m0", position: "approve" }),
    ]);
    expect(await db.prisma.event.findFirst({ where: { fcpRoundId: roundId, kind: "fcp.proposed" } })).toMatchObject({
      actorLogin: "m0",
      source: "web",
      data: { disposition: "merge" },
    });
  });

  it("refuses a second round while one is open, and a proposer not on the team", async () => {
    const msc = await fresh();
    await propose(msc);
    await expect(propose(msc, "m1")).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/already has an open FCP/),
    });
    const other = await fresh();
    await expect(propose(other, "mallory")).rejects.toMatchObject({ status: 403 });
    await expect(propose(99_999)).rejects.toMatchObject({ status: 404 });
    expect(await db.prisma.fcpRound.count({ where: { proposalNumber: msc } })).toBe(1);
  });

  it("keeps a change of mind as history; the latest position counts", async () => {
    const msc = await fresh();
    const { roundId } = await propose(msc);
    await vote(roundId, "m1", "approve", at(1));
    await vote(roundId, "M1", "none", at(2));
    const votes = await db.prisma.vote.findMany({
      where: { fcpRoundId: roundId, memberLogin: "m1" },
      orderBy: { id: "asc" },
    });
    expect(votes.map((v) => v.position)).toEqual(["approve", "none"]);
    const dto = await round(msc);
    expect(dto.approvals).toBe(1);
    expect(dto.roster.find((e) => e.login === "m1")?.position).toBe("none");
  });

  it("logs each vote with what the audit log needs to word it as the MSC's timeline does", async () => {
    const msc = await fresh();
    const { roundId } = await propose(msc);
    await vote(roundId, "m1", "approve", at(1));
    await vote(roundId, "m1", "none", at(2));
    await vote(roundId, "m2", "none", at(3));
    const votes = await db.prisma.event.findMany({
      where: { fcpRoundId: roundId, kind: "vote.cast" },
      orderBy: { id: "asc" },
    });
    const said = votes.map((e) =>
      describeAuditEvent({ kind: e.kind, actor: e.actorLogin, data: e.data as Record<string, unknown> }),
    );
    expect(said).toEqual([
      "m1 approved the FCP to merge",
      "m1 withdrew their approval of the FCP to merge",
      "m2 cleared their vote on the FCP to merge",
    ]);
    const timeline = (await getProposalDetail(msc, db.prisma))!.events.filter((e) => e.kind === "vote.cast");
    expect(timeline.map((e) => e.text).slice(1)).toEqual(said);
  });

  it("lowers the threshold for recusals and starts when it is reached", async () => {
    const msc = await fresh();
    const { roundId } = await propose(msc);
    await vote(roundId, "m8", "recuse");
    await vote(roundId, "m9", "recuse");
    for (const m of ["m1", "m2", "m3", "m4"]) expect((await vote(roundId, m, "approve")).started).toBe(false);
    // Base 8 (10 less two recusals): 6 approvals needed, not 8.
    const last = await vote(roundId, "m5", "approve", at(3));
    expect(last.started).toBe(true);
    expect(await round(msc)).toMatchObject({
      phase: "active",
      required: 6,
      approvals: 6,
      started_at: at(3).toISOString(),
      ends_at: at(3 + 5 * DAY).toISOString(),
    });
    expect(await db.prisma.event.findMany({ where: { proposalNumber: msc, kind: "fcp.started" } })).toEqual([
      expect.objectContaining({
        actorLogin: null,
        source: "system",
        at: at(3),
        dedupeKey: `fcp.started:round:${roundId}`,
        data: { disposition: "merge", approvals: 6, required: 6, endsAt: at(3 + 5 * DAY).toISOString() },
      }),
    ]);
  });

  it("holds the start for an open concern and starts when it is resolved", async () => {
    const msc = await fresh();
    const { roundId } = await propose(msc);
    await concern(msc, "Needs an implementation");
    await expect(concern(msc, "  needs AN implementation ", "m2")).rejects.toMatchObject({ status: 409 });
    for (const m of ["m1", "m2", "m3", "m4", "m5", "m6", "m7"]) await vote(roundId, m, "approve");
    expect(await round(msc)).toMatchObject({ phase: "proposed", approvals: 8, open_concerns: 1 });
    const resolved = await resolve(msc, "needs an implementation", "m1", at(4));
    expect(resolved.started).toBe(true);
    expect(await round(msc)).toMatchObject({ phase: "active", started_at: at(4).toISOString(), open_concerns: 0 });
    // Each move of the status the pages show is logged beside the step that made it.
    expect(await kinds(msc)).toEqual([
      "fcp.proposed",
      "status.changed",
      "concern.raised",
      ...Array(7).fill("vote.cast"),
      "fcp.started",
      "status.changed",
      "concern.resolved",
    ]);
  });

  it("a concern raised during FCP keeps the end but holds the conclusion until resolved", async () => {
    const msc = await fresh();
    const { roundId } = await propose(msc);
    for (const m of ["m1", "m2", "m3", "m4", "m5", "m6", "m7"]) await vote(roundId, m, "approve");
    const endsAt = (await round(msc)).ends_at;
    expect(endsAt).toBe(at(5 * DAY).toISOString());
    await concern(msc, "Security review", "m3", at(DAY));
    expect((await round(msc)).ends_at).toBe(endsAt);
    expect(await completeDueFcps(db.prisma, at(6 * DAY))).not.toContain(roundId);
    expect(await round(msc)).toMatchObject({ phase: "active", open_concerns: 1 });
    const resolved = await resolve(msc, "security review", "m3", at(7 * DAY));
    expect(resolved).toMatchObject({ started: false, finished: true });
    expect(await round(msc)).toMatchObject({
      phase: "finished",
      ends_at: endsAt,
      completed_at: at(7 * DAY).toISOString(),
    });
    expect((await kinds(msc)).slice(-3)).toEqual(["fcp.finished", "status.changed", "concern.resolved"]);
  });

  it("concludes through the sweep once due, not before", async () => {
    const msc = await fresh();
    const { roundId } = await propose(msc);
    for (const m of ["m1", "m2", "m3", "m4", "m5", "m6", "m7"]) await vote(roundId, m, "approve");
    expect(await completeDueFcps(db.prisma, at(5 * DAY - 1))).not.toContain(roundId);
    expect(await completeDueFcps(db.prisma, at(5 * DAY))).toContain(roundId);
    expect(await completeDueFcps(db.prisma, at(5 * DAY + 1))).not.toContain(roundId);
    expect((await round(msc)).phase).toBe("finished");
    await expect(vote(roundId, "m8", "approve")).rejects.toMatchObject({ status: 409 });
    // The proposal's timeline reads the milestones once each, in order.
    const texts = (await getProposalDetail(msc, db.prisma))?.events.map((e) => e.text) ?? [];
    expect(texts.filter((t) => t.startsWith("FCP to merge"))).toEqual([
      "FCP to merge started; it ends 6 Mar 2026, 12:00 UTC",
      "FCP to merge finished",
    ]);
    expect(texts[0]).toBe("m0 proposed FCP to merge");
  });

  it("cancels keeping the votes, then allows a new round", async () => {
    const msc = await fresh();
    const { roundId } = await propose(msc);
    await vote(roundId, "m1", "approve");
    const cancel = (by: string) =>
      applyFcpChange(db.prisma, by, (tx) => cancelFcp(tx, { roundId, by, reason: "Not ready" }, { now: at(1) }));
    await cancel("m1");
    expect(await db.prisma.vote.count({ where: { fcpRoundId: roundId } })).toBe(2);
    expect(await db.prisma.fcpRound.findUniqueOrThrow({ where: { id: roundId } })).toMatchObject({
      cancelledAt: at(1),
      cancelledBy: "m1",
      cancelReason: "Not ready",
    });
    await expect(cancel("m1")).rejects.toMatchObject({ status: 409 });
    await expect(vote(roundId, "m2", "approve")).rejects.toMatchObject({ status: 409 });
    const next = await propose(msc, "m2", at(2));
    expect(next.roundId).not.toBe(roundId);
    expect((await listFcpRounds({ proposalNumber: msc }, db.prisma)).map((r) => r.phase)).toEqual([
      "cancelled",
      "proposed",
    ]);
  });

  it("stops counting a departed member's vote and refuses their next one", async () => {
    const msc = await fresh();
    await seedTeam(db.prisma, ["leaver"]);
    const { roundId } = await propose(msc);
    await vote(roundId, "leaver", "approve");
    expect(await round(msc)).toMatchObject({ approvals: 2, quorum_base: 11, required: 9 });
    await db.prisma.sctMember.updateMany({ where: { githubLogin: "leaver" }, data: { servedUntil: at(1) } });
    const dto = await round(msc);
    expect(dto).toMatchObject({ approvals: 1, quorum_base: 10, required: 8 });
    expect(dto.roster.find((e) => e.login === "leaver")).toMatchObject({ position: "approve", counted: false });
    await expect(vote(roundId, "leaver", "none")).rejects.toMatchObject({ status: 403 });
  });

  it("starts once: a second call, even directly, changes nothing", async () => {
    const msc = await fresh();
    const { roundId } = await propose(msc);
    for (const m of ["m1", "m2", "m3", "m4", "m5", "m6", "m7"]) await vote(roundId, m, "approve", at(1));
    expect(await db.prisma.$transaction((tx) => startFcpIfReady(tx, roundId, at(9)))).toBe(false);
    expect(await startReadyFcps(db.prisma, at(9))).not.toContain(roundId);
    expect((await round(msc)).started_at).toBe(at(1).toISOString());
    expect(await db.prisma.event.count({ where: { fcpRoundId: roundId, kind: "fcp.started" } })).toBe(1);
  });

  it("starts a round made ready by the team shrinking, through the sweep", async () => {
    const msc = await fresh();
    const quitters = ["q1", "q2", "q3", "q4"];
    await seedTeam(db.prisma, quitters);
    const { roundId } = await propose(msc);
    for (const m of ["m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8"]) await vote(roundId, m, "approve");
    // 14 on the team: 11 approvals needed, 9 given.
    expect(await round(msc)).toMatchObject({ phase: "proposed", approvals: 9, required: 11 });
    await db.prisma.sctMember.updateMany({ where: { githubLogin: { in: quitters } }, data: { servedUntil: at(1) } });
    expect(await startReadyFcps(db.prisma, at(2))).toContain(roundId);
    expect(await round(msc)).toMatchObject({ phase: "active", started_at: at(2).toISOString(), required: 8 });
  });

  it("leaves rounds imported from mscbot to GitHub: the sweeps neither start nor finish them", async () => {
    const msc = await fresh();
    const imported = (data: { proposedAt: Date; startedAt?: Date; endsAt?: Date }) =>
      db.prisma.fcpRound.create({
        data: { proposalNumber: msc, disposition: "merge", proposedBy: "m0", roster: TEAM, source: "mscbot", ...data },
      });
    // Ready by the rules (every member approved), and one long past its end.
    const ready = await imported({ proposedAt: T0 });
    await db.prisma.vote.createMany({
      data: TEAM.map((m) => ({
        fcpRoundId: ready.id,
        memberLogin: m,
        position: "approve" as const,
        at: T0,
        source: "mscbot" as const,
      })),
    });
    const due = await imported({ proposedAt: at(-10 * DAY), startedAt: at(-9 * DAY), endsAt: at(-4 * DAY) });
    expect(await startReadyFcps(db.prisma, at(1))).not.toContain(ready.id);
    expect(await completeDueFcps(db.prisma, at(1))).not.toContain(due.id);
    // Called directly (as a vote or resolution would), the transitions refuse too.
    expect(await db.prisma.$transaction((tx) => startFcpIfReady(tx, ready.id, at(1)))).toBe(false);
    const rows = await db.prisma.fcpRound.findMany({ where: { proposalNumber: msc }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.startedAt, r.completedAt])).toEqual([
      [null, null],
      [at(-9 * DAY), null],
    ]);
    expect(await kinds(msc)).toEqual([]);
  });

  it("runs a fractional-day FCP end to end: 0.0001 days ends 8.64 s after the start", async () => {
    const rules = { thresholdPercent: 75, durationDays: 0.0001 };
    const msc = await fresh();
    const { roundId } = await applyFcpChange(db.prisma, "m0", (tx) =>
      proposeFcp(tx, { proposalNumber: msc, disposition: "merge", by: "m0" }, { now: T0, rules }),
    );
    for (const member of ["m1", "m2", "m3", "m4", "m5", "m6", "m7"]) {
      await applyFcpChange(db.prisma, member, (tx) =>
        recordPosition(tx, { roundId, member, position: "approve" }, { now: T0, rules }),
      );
    }
    expect((await round(msc)).ends_at).toBe(new Date(T0.getTime() + 8_640).toISOString());
    expect(await completeDueFcps(db.prisma, new Date(T0.getTime() + 8_639), rules)).not.toContain(roundId);
    expect(await completeDueFcps(db.prisma, new Date(T0.getTime() + 8_640), rules)).toContain(roundId);
    expect((await round(msc)).phase).toBe("finished");
  });
});
