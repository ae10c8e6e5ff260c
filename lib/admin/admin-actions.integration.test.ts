import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { ANONYMOUS, makeViewer, type Viewer } from "@/lib/auth/roles";
import type { ActionDefinition } from "@/lib/auth/run-action";
import { CROSS_SITE_MESSAGE } from "@/lib/auth/same-origin";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import { seedProposal, seedTeam } from "@/test/support/seed-fcp-team";
import { DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";
import { addMemberDefinition } from "./add-member-action";
import { closeRoundDefinition } from "./corrections/close-round-action";
import { correctConcernDefinition } from "./corrections/correct-concern-action";
import { correctPositionDefinition } from "./corrections/correct-position-action";
import { grantAdminDefinition } from "./grant-admin-action";
import { removeMemberDefinition } from "./remove-member-action";
import { revokeAdminDefinition } from "./revoke-admin-action";
import { recordTeamReadability } from "./team-sync-state";
import { actionRunner, CROSS_SITE, SAME_SITE } from "@/test/support/run-action-on-database";

// Every admin action through the one wrapper (run-action.ts) on a real database: only
// admins may act, each change is recorded with its reason, wrong resources are refused,
// and a refusal writes nothing at all.

const admin = makeViewer("root", { isMember: false, isAdmin: true });
const contributor = makeViewer("alice", { isMember: false, isAdmin: false });
const memberNotAdmin = makeViewer("m1", { isMember: true, isAdmin: false });
const REASON = "drift from the GitHub import";

describe.each(DATABASE_KINDS)("admin actions through the wrapper on the %s database", (kind) => {
  let db: DatabaseHandle;
  let nextMsc = 7000;
  const dataChanged = vi.fn();

  const { run, ok } = actionRunner(() => db.prisma, dataChanged);

  /** An MSC with an open round proposed by m0 (the only approval) and one open concern. */
  async function mscWithOpenRound(
    source: "mscbot" | "web" = "mscbot",
  ): Promise<{ msc: number; roundId: number; concernId: number }> {
    const msc = await seedProposal(db.prisma, nextMsc++);
    const round = await db.prisma.fcpRound.create({
      data: {
        proposalNumber: msc,
        disposition: "merge",
        proposedBy: "m0",
        proposedAt: new Date("2026-01-01T00:00:00Z"),
        roster: ["m0", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9"],
        source,
      },
    });
    await db.prisma.vote.create({
      data: { fcpRoundId: round.id, memberLogin: "m0", position: "approve", source: "mscbot" },
    });
    const concern = await db.prisma.concern.create({
      data: {
        proposalNumber: msc,
        fcpRoundId: round.id,
        text: "naming",
        raisedBy: "m2",
        raisedAt: new Date("2026-01-02T00:00:00Z"),
        source: "mscbot",
      },
    });
    return { msc, roundId: round.id, concernId: concern.id };
  }

  /** Everything an admin action can touch, to prove a refusal touched none of it. */
  async function snapshot() {
    const p = db.prisma;
    return {
      events: await p.event.count(),
      members: await p.sctMember.findMany({ orderBy: { id: "asc" } }),
      admins: await p.user.count({ where: { isAdmin: true } }),
      votes: await p.vote.count(),
      concerns: await p.concern.findMany({ orderBy: { id: "asc" } }),
      rounds: await p.fcpRound.findMany({ orderBy: { id: "asc" }, select: { completedAt: true, cancelledAt: true } }),
    };
  }

  let fixture: { msc: number; roundId: number; concernId: number };

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.runner);
    await seedTeam(db.prisma);
    await db.prisma.user.createMany({
      data: [
        { githubLogin: "root", isAdmin: true },
        { githubLogin: "root2", isAdmin: true },
        { githubLogin: "alice" },
        { githubLogin: "m1" },
      ],
    });
    fixture = await mscWithOpenRound();
  });
  afterAll(async () => db.close());

  // One valid request per action.
  const requests = (): [string, ActionDefinition<z.ZodType, unknown>, unknown][] => [
    ["add a Spec Core Team member", addMemberDefinition, { login: "newbie", reason: REASON }],
    ["remove a Spec Core Team member", removeMemberDefinition, { login: "m9", reason: REASON }],
    ["grant admin", grantAdminDefinition, { login: "alice", reason: REASON }],
    ["revoke admin", revokeAdminDefinition, { login: "root2", reason: REASON }],
    [
      "correct a recorded position",
      correctPositionDefinition,
      { proposalNumber: fixture.msc, roundId: fixture.roundId, member: "m3", position: "approve", reason: REASON },
    ],
    [
      "correct a concern",
      correctConcernDefinition,
      { proposalNumber: fixture.msc, concernId: fixture.concernId, to: "resolved", reason: REASON },
    ],
    [
      "close a stale FCP round",
      closeRoundDefinition,
      { proposalNumber: fixture.msc, roundId: fixture.roundId, outcome: "cancelled", reason: REASON },
    ],
  ];

  it.each<[string, Viewer, Record<string, string>, number]>([
    ["anonymous", ANONYMOUS, SAME_SITE, 401],
    ["a contributor", contributor, SAME_SITE, 403],
    ["a member who is not an admin", memberNotAdmin, SAME_SITE, 403],
    ["an admin from another site", admin, CROSS_SITE, 403],
  ])("refuses %s every admin action, writing nothing", async (_who, viewer, headers, status) => {
    const before = await snapshot();
    for (const [action, definition, input] of requests()) {
      const result = await run(definition, input, viewer, headers);
      expect(result, action).toMatchObject({ ok: false, status });
      if (headers === CROSS_SITE) expect(result).toMatchObject({ message: CROSS_SITE_MESSAGE });
      else if (status === 401) expect(result).toMatchObject({ message: `Sign in to ${action}.` });
      else expect(result).toMatchObject({ message: `Only admins can ${action}.` });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("lets an admin manage the member list, recording who, whom and why", async () => {
    dataChanged.mockClear();
    const added = await ok(run(addMemberDefinition, { login: "@Newbie", reason: "elected" }, admin));
    expect(added.login).toBe("Newbie");
    expect(await ok(run(removeMemberDefinition, { login: "newbie", reason: "stepped down" }, admin))).toMatchObject({
      login: "Newbie",
    });
    const periods = await db.prisma.sctMember.findMany({ where: { githubLogin: "Newbie" } });
    expect(periods).toEqual([
      expect.objectContaining({ source: "web", servedFrom: expect.any(Date), servedUntil: expect.any(Date) }),
    ]);
    const events = await db.prisma.event.findMany({
      where: { kind: { in: ["team.joined", "team.left"] } },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.kind, e.actorLogin, e.source, e.data])).toEqual([
      ["team.joined", "root", "web", { login: "Newbie", reason: "elected" }],
      ["team.left", "root", "web", { login: "Newbie", reason: "stepped down" }],
    ]);
    expect(dataChanged).toHaveBeenCalledTimes(2);
  });

  it("lets an admin grant and revoke admin, but never revoke the last admin", async () => {
    await db.prisma.user.create({ data: { githubLogin: "carol" } });
    await ok(run(grantAdminDefinition, { login: "carol", reason: "helps run the tracker" }, admin));
    expect(await db.prisma.user.findFirst({ where: { githubLogin: "carol" } })).toMatchObject({ isAdmin: true });
    await ok(run(revokeAdminDefinition, { login: "carol", reason: "no longer needed" }, admin));
    expect(await db.prisma.user.findFirst({ where: { githubLogin: "carol" } })).toMatchObject({ isAdmin: false });
    const events = await db.prisma.event.findMany({
      where: { kind: { startsWith: "admin." } },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.kind, e.actorLogin, e.data])).toEqual([
      ["admin.granted", "root", { login: "carol", reason: "helps run the tracker" }],
      ["admin.revoked", "root", { login: "carol", reason: "no longer needed" }],
    ]);

    // root2 steps down; root is then the last admin and cannot go.
    await ok(run(revokeAdminDefinition, { login: "root2", reason: "stepping down" }, admin));
    const before = await snapshot();
    expect(await run(revokeAdminDefinition, { login: "root", reason: "oops" }, admin)).toMatchObject({
      ok: false,
      status: 409,
      message: expect.stringMatching(/last admin/),
    });
    expect(await snapshot()).toEqual(before);
    await db.prisma.user.updateMany({ where: { githubLogin: "root2" }, data: { isAdmin: true } });
  });

  // The correction is recorded either way; only a round run here is the app's to start
  // (lib/fcp/round-ownership.ts): an imported round follows GitHub's trail.
  it.each([
    ["run here", "web", true],
    ["imported from mscbot", "mscbot", false],
  ] as const)(
    "corrects a position on a round %s; it starts at the threshold only if run here",
    async (_, source, starts) => {
      const { msc, roundId, concernId } = await mscWithOpenRound(source);
      await ok(
        run(correctConcernDefinition, { proposalNumber: msc, concernId, to: "resolved", reason: REASON }, admin),
      );
      // m0 approved; six more approvals make 7 of the 8 needed (75 % of 10).
      await db.prisma.vote.createMany({
        data: ["m1", "m2", "m3", "m4", "m5", "m6"].map((memberLogin) => ({
          fcpRoundId: roundId,
          memberLogin,
          position: "approve" as const,
          source: "mscbot" as const,
        })),
      });
      const corrected = await ok(
        run(
          correctPositionDefinition,
          { proposalNumber: msc, roundId, member: "M7", position: "approve", reason: REASON },
          admin,
        ),
      );
      expect(corrected).toEqual({ roundId, member: "m7", from: "none", to: "approve", started: starts });
      expect(await db.prisma.fcpRound.findUniqueOrThrow({ where: { id: roundId } })).toMatchObject({
        startedAt: starts ? expect.any(Date) : null,
      });
      const vote = await db.prisma.vote.findFirstOrThrow({ where: { fcpRoundId: roundId, memberLogin: "m7" } });
      expect(vote).toMatchObject({ position: "approve", source: "web" });
      const events = await db.prisma.event.findMany({ where: { proposalNumber: msc }, orderBy: { id: "asc" } });
      const started = starts
        ? [
            ["fcp.started", null, "system"],
            ["status.changed", null, "system"],
          ]
        : [];
      expect(events.map((e) => [e.kind, e.actorLogin, e.source])).toEqual([
        ["admin.corrected", "root", "web"],
        ...started,
        ["admin.corrected", "root", "web"],
      ]);
      expect(events[0]!.data).toEqual({
        what: "concern",
        concernId,
        text: "naming",
        from: "open",
        to: "resolved",
        reason: REASON,
      });
      expect(events.at(-1)!.data).toEqual({
        what: "position",
        member: "m7",
        from: "none",
        to: "approve",
        reason: REASON,
      });
    },
  );

  it("reopens a concern and closes a stale round as finished or cancelled, saying what it was", async () => {
    const { msc, roundId, concernId } = await mscWithOpenRound();
    await db.prisma.concern.update({ where: { id: concernId }, data: { resolvedAt: new Date(), resolvedBy: "m2" } });
    await ok(run(correctConcernDefinition, { proposalNumber: msc, concernId, to: "open", reason: REASON }, admin));
    expect(await db.prisma.concern.findUniqueOrThrow({ where: { id: concernId } })).toMatchObject({
      resolvedAt: null,
      resolvedBy: null,
    });
    await ok(
      run(
        closeRoundDefinition,
        { proposalNumber: msc, roundId, outcome: "finished", reason: "ended on GitHub" },
        admin,
      ),
    );
    expect(await db.prisma.fcpRound.findUniqueOrThrow({ where: { id: roundId } })).toMatchObject({
      completedAt: expect.any(Date),
      cancelledAt: null,
    });
    const other = await mscWithOpenRound();
    await ok(
      run(
        closeRoundDefinition,
        { proposalNumber: other.msc, roundId: other.roundId, outcome: "cancelled", reason: "stale" },
        admin,
      ),
    );
    expect(await db.prisma.fcpRound.findUniqueOrThrow({ where: { id: other.roundId } })).toMatchObject({
      cancelledAt: expect.any(Date),
      cancelledBy: "root",
      cancelReason: "stale",
    });
    const events = await db.prisma.event.findMany({
      where: { proposalNumber: { in: [msc, other.msc] } },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.proposalNumber, e.kind, e.data])).toEqual([
      [
        msc,
        "admin.corrected",
        { what: "concern", concernId, text: "naming", from: "resolved", to: "open", reason: REASON },
      ],
      [msc, "admin.corrected", { what: "round", from: "proposed", to: "finished", reason: "ended on GitHub" }],
      [msc, "fcp.finished", { disposition: "merge", reason: "ended on GitHub", correction: true }],
      [other.msc, "admin.corrected", { what: "round", from: "proposed", to: "cancelled", reason: "stale" }],
      [other.msc, "fcp.cancelled", { disposition: "merge", reason: "stale", correction: true }],
    ]);
  });

  it("refuses an admin acting on what does not exist or is already so, writing nothing", async () => {
    const mine = await mscWithOpenRound();
    const other = await mscWithOpenRound();
    const closed = await mscWithOpenRound();
    await ok(run(closeRoundDefinition, { ...at(closed), outcome: "cancelled", reason: REASON }, admin));
    await db.prisma.user.create({ data: { githubLogin: "plain" } });
    const before = await snapshot();
    const cases: [ActionDefinition<z.ZodType, unknown>, unknown, number, RegExp][] = [
      [addMemberDefinition, { login: "M1", reason: REASON }, 409, /already on the Spec Core Team/],
      [removeMemberDefinition, { login: "nobody", reason: REASON }, 404, /not on the Spec Core Team/],
      [grantAdminDefinition, { login: "stranger", reason: REASON }, 404, /never signed in/],
      [grantAdminDefinition, { login: "root2", reason: REASON }, 409, /already an admin/],
      [revokeAdminDefinition, { login: "plain", reason: REASON }, 404, /not an admin/],
      [
        correctPositionDefinition,
        { ...at(mine), roundId: other.roundId, member: "m3", position: "approve", reason: REASON },
        404,
        /has no FCP round/,
      ],
      [
        correctPositionDefinition,
        { ...at(mine), member: "outsider", position: "approve", reason: REASON },
        404,
        /no say/,
      ],
      [
        correctPositionDefinition,
        { ...at(mine), member: "m0", position: "approve", reason: REASON },
        409,
        /already recorded as approve/,
      ],
      [
        correctConcernDefinition,
        { proposalNumber: mine.msc, concernId: other.concernId, to: "resolved", reason: REASON },
        404,
        /no concern/,
      ],
      [
        correctConcernDefinition,
        { proposalNumber: mine.msc, concernId: mine.concernId, to: "open", reason: REASON },
        409,
        /already open/,
      ],
      [closeRoundDefinition, { ...at(closed), outcome: "finished", reason: REASON }, 409, /cancelled/],
      [
        closeRoundDefinition,
        { ...at(mine), roundId: other.roundId, outcome: "finished", reason: REASON },
        404,
        /has no FCP round/,
      ],
      [
        closeRoundDefinition,
        { proposalNumber: 99_999, roundId: mine.roundId, outcome: "finished", reason: REASON },
        404,
        /has no FCP round/,
      ],
      [
        correctPositionDefinition,
        { ...at(mine), member: "m3", position: "approve", reason: "   " },
        400,
        /give a reason/,
      ],
      [addMemberDefinition, { login: "not a login!", reason: REASON }, 400, /not a GitHub login/],
    ];
    for (const [definition, input, status, message] of cases) {
      expect(await run(definition, input, admin), JSON.stringify(input)).toMatchObject({
        ok: false,
        status,
        message: expect.stringMatching(message),
      });
    }
    expect(await snapshot()).toEqual(before);

    function at(f: { msc: number; roundId: number }) {
      return { proposalNumber: f.msc, roundId: f.roundId };
    }
  });

  it("refuses member-list edits while the GitHub team is readable, and allows them once it is not", async () => {
    await db.prisma.$transaction((tx) => recordTeamReadability(tx, true, new Date()));
    const before = await snapshot();
    for (const definition of [addMemberDefinition, removeMemberDefinition] as ActionDefinition<z.ZodType, unknown>[]) {
      expect(await run(definition, { login: "m2", reason: REASON }, admin)).toMatchObject({
        ok: false,
        status: 409,
        message: expect.stringMatching(/comes from the GitHub team .*change it on GitHub/),
      });
    }
    expect(await snapshot()).toEqual(before);
    await db.prisma.$transaction((tx) => recordTeamReadability(tx, false, new Date()));
    await ok(run(removeMemberDefinition, { login: "m8", reason: REASON }, admin));
  });
});
