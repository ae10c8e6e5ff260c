import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { ANONYMOUS, makeViewer, type Viewer } from "@/lib/auth/roles";
import type { ActionDefinition } from "@/lib/auth/run-action";
import { CROSS_SITE_MESSAGE } from "@/lib/auth/same-origin";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import { seedProposal, seedTeam } from "@/test/support/seed-fcp-team";
import { DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";
import { cancelFcpDefinition } from "./cancel-fcp-action";
import { proposeFcpDefinition } from "./propose-fcp-action";
import { raiseConcernDefinition } from "./raise-concern-action";
import { recordPositionDefinition } from "./record-position-action";
import { resolveConcernDefinition } from "./resolve-concern-action";
import { actionRunner, CROSS_SITE, SAME_SITE } from "@/test/support/run-action-on-database";

// Every FCP action through the one wrapper (run-action.ts), on a real database: who may
// act, on which resource, and that a refusal writes nothing.

const member = (login: string) => makeViewer(login, { isMember: true, isAdmin: false });
const contributor = makeViewer("alice", { isMember: false, isAdmin: false });
const adminNotMember = makeViewer("root", { isMember: false, isAdmin: true });

describe.each(DATABASE_KINDS)("FCP actions through the wrapper on the %s database", (kind) => {
  let db: DatabaseHandle;
  let openMsc: number, openRound: number, otherMsc: number, otherRound: number, cancelledMsc: number;
  let cancelledRound: number;
  let nextMsc = 8000;
  const dataChanged = vi.fn();

  const { run, ok } = actionRunner(() => db.prisma, dataChanged);
  const fresh = () => seedProposal(db.prisma, nextMsc++);
  const proposeAs = async (login: string, msc: number) =>
    (await ok(run(proposeFcpDefinition, { proposalNumber: msc, disposition: "merge" }, member(login)))).roundId;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.runner);
    await seedTeam(db.prisma);
    [openMsc, otherMsc, cancelledMsc] = [await fresh(), await fresh(), await fresh()];
    openRound = await proposeAs("m0", openMsc);
    otherRound = await proposeAs("m0", otherMsc);
    cancelledRound = await proposeAs("m0", cancelledMsc);
    await ok(run(cancelFcpDefinition, { proposalNumber: cancelledMsc, roundId: cancelledRound }, member("m0")));
  });
  afterAll(async () => db.close());

  // One valid request per action, as each role would send it.
  const requests = (): [string, ActionDefinition<z.ZodType, unknown>, unknown][] => [
    ["propose FCP", proposeFcpDefinition, { proposalNumber: otherMsc + 500, disposition: "close" }],
    ["vote on an FCP", recordPositionDefinition, { proposalNumber: openMsc, roundId: openRound, position: "approve" }],
    ["raise a concern", raiseConcernDefinition, { proposalNumber: openMsc, text: "too vague" }],
    ["resolve a concern", resolveConcernDefinition, { proposalNumber: openMsc, text: "too vague" }],
    ["cancel an FCP", cancelFcpDefinition, { proposalNumber: openMsc, roundId: openRound }],
  ];

  it.each<[string, Viewer, Record<string, string>, number]>([
    ["anonymous", ANONYMOUS, SAME_SITE, 401],
    ["a contributor", contributor, SAME_SITE, 403],
    ["an admin not on the team", adminNotMember, SAME_SITE, 403],
    ["a member from another site", member("m1"), CROSS_SITE, 403],
  ])("refuses %s every FCP action, writing nothing", async (_who, viewer, headers, status) => {
    const before = await db.prisma.event.count();
    for (const [action, definition, input] of requests()) {
      const result = await run(definition, input, viewer, headers);
      expect(result, action).toMatchObject({ ok: false, status });
      if (headers === CROSS_SITE) expect(result).toMatchObject({ message: CROSS_SITE_MESSAGE });
      else if (status === 401) expect(result).toMatchObject({ message: `Sign in to ${action}.` });
      else expect(result).toMatchObject({ message: `Only Spec Core Team members can ${action}.` });
    }
    expect(await db.prisma.event.count()).toBe(before);
  });

  it("lets a member do each, recording them as the actor", async () => {
    const msc = await fresh();
    dataChanged.mockClear();
    const roundId = await proposeAs("m1", msc);
    expect(
      await ok(run(recordPositionDefinition, { proposalNumber: msc, roundId, position: "abstain" }, member("m2"))),
    ).toEqual({ roundId, position: "abstain", started: false, finished: false });
    const { concernId } = await ok(run(raiseConcernDefinition, { proposalNumber: msc, text: "Naming" }, member("m3")));
    expect(await ok(run(resolveConcernDefinition, { proposalNumber: msc, concernId }, member("m4")))).toEqual({
      concernId,
      started: false,
      finished: false,
    });
    expect(await ok(run(cancelFcpDefinition, { proposalNumber: msc, roundId, reason: "Later" }, member("m5")))).toEqual(
      {
        roundId,
      },
    );
    const events = await db.prisma.event.findMany({ where: { proposalNumber: msc }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.kind, e.actorLogin, e.source])).toEqual([
      ["fcp.proposed", "m1", "web"],
      ["status.changed", "m1", "web"],
      ["vote.cast", "m2", "web"],
      ["concern.raised", "m3", "web"],
      ["concern.resolved", "m4", "web"],
      ["fcp.cancelled", "m5", "web"],
      ["status.changed", "m5", "web"],
    ]);
    expect(dataChanged).toHaveBeenCalledTimes(5);
  });

  it("refuses a member acting on another MSC's round, a closed round, or what does not exist", async () => {
    const before = await db.prisma.event.count();
    const m1 = member("m1");
    const cases: [ActionDefinition<z.ZodType, unknown>, unknown, number][] = [
      [recordPositionDefinition, { proposalNumber: openMsc, roundId: otherRound, position: "approve" }, 404],
      [recordPositionDefinition, { proposalNumber: cancelledMsc, roundId: cancelledRound, position: "approve" }, 409],
      [cancelFcpDefinition, { proposalNumber: otherMsc, roundId: openRound }, 404],
      [cancelFcpDefinition, { proposalNumber: cancelledMsc, roundId: cancelledRound }, 409],
      [proposeFcpDefinition, { proposalNumber: openMsc, disposition: "close" }, 409],
      [proposeFcpDefinition, { proposalNumber: 99_999, disposition: "close" }, 404],
      [raiseConcernDefinition, { proposalNumber: 99_999, text: "x" }, 404],
      [resolveConcernDefinition, { proposalNumber: openMsc, text: "never raised" }, 404],
    ];
    for (const [definition, input, status] of cases) {
      expect(await run(definition, input, m1), JSON.stringify(input)).toMatchObject({ ok: false, status });
    }
    expect(await db.prisma.event.count()).toBe(before);
  });

  it("refuses resolving another MSC's concern by id, and a member the database does not know", async () => {
    const { concernId } = await ok(
      run(raiseConcernDefinition, { proposalNumber: otherMsc, text: "Other" }, member("m1")),
    );
    expect(await run(resolveConcernDefinition, { proposalNumber: openMsc, concernId }, member("m1"))).toMatchObject({
      ok: false,
      status: 404,
    });
    // A session claiming membership the team table does not back is refused by the data layer.
    expect(
      await run(
        recordPositionDefinition,
        { proposalNumber: openMsc, roundId: openRound, position: "approve" },
        member("ghost"),
      ),
    ).toMatchObject({ ok: false, status: 403, message: expect.stringMatching(/not on the Spec Core Team/) });
  });

  it("rejects malformed input with a 400", async () => {
    expect(
      await run(
        recordPositionDefinition,
        { proposalNumber: openMsc, roundId: openRound, position: "maybe" },
        member("m1"),
      ),
    ).toMatchObject({ ok: false, status: 400 });
    expect(await run(raiseConcernDefinition, { proposalNumber: openMsc, text: "   " }, member("m1"))).toMatchObject({
      ok: false,
      status: 400,
    });
  });
});
