import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import { listFcpRounds } from "@/lib/fcp/list-fcp-rounds";
import { FCP_MSC, seedFcpHistory } from "@/test/support/seed-fcp-history";
import { DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";
import { getProposalDetail } from "./get-proposal-detail";

describe.each(DATABASE_KINDS)("a proposal's detail and FCP rounds on the %s database", (kind) => {
  let db: DatabaseHandle;
  let ids: { cancelledId: number; openId: number };
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.runner);
    ids = await seedFcpHistory(db.prisma);
  });
  afterAll(async () => db.close());

  it("shows the open round counted against today's team", async () => {
    const detail = await getProposalDetail(FCP_MSC, db.prisma);
    expect(detail).toMatchObject({
      number: FCP_MSC,
      status: "proposed-fcp",
      kind: "core",
      shepherd: "bob",
      shepherds: ["bob"],
      body: expect.stringContaining("Shepherd: @bob"),
      rendered_url: "https://example.org/4000.md",
      related_prs: [1234],
      documentation: ["https://example.org/docs"],
      proposal_date: "2025-04-30",
    });
    // Team now: alice, bob, carol, erin (dave left). carol recused: base 3, ceil(2.25) = 3.
    expect(detail?.fcp).toMatchObject({
      id: ids.openId,
      phase: "proposed",
      disposition: "merge",
      quorum_base: 3,
      required: 3,
      approvals: 2,
      open_concerns: 0,
      concerns: [{ text: "needs an implementation", raised_by: "bob", resolved: true, resolved_by: "bob" }],
    });
    const ballot = Object.fromEntries((detail?.fcp?.roster ?? []).map((e) => [e.login, e]));
    expect(Object.keys(ballot)).toEqual(["alice", "bob", "carol", "dave", "erin"]);
    expect(ballot.bob).toMatchObject({ position: "none", at: "2026-01-07T00:00:00.000Z", counted: true });
    expect(ballot.carol).toMatchObject({ position: "recuse", counted: false, on_team: true });
    expect(ballot.dave).toMatchObject({ position: "approve", counted: false, on_roster: true, on_team: false });
    expect(ballot.erin).toMatchObject({ position: "approve", counted: true, on_roster: false, on_team: true });
  });

  it("keeps every round, oldest first, the cancelled one judged by the team when it ended", async () => {
    const detail = await getProposalDetail(FCP_MSC, db.prisma);
    expect(detail?.fcp_history.map((r) => [r.id, r.phase])).toEqual([
      [ids.cancelledId, "cancelled"],
      [ids.openId, "proposed"],
    ]);
    // Its roster (alice, bob, dave) plus frank, who joined while it ran. carol's period,
    // opened at the epoch by the first sync, does not show she served then.
    expect(detail?.fcp_history[0]).toMatchObject({ quorum_base: 4, required: 3, cancelled_by: "alice" });
    expect(detail?.fcp_history[0]?.roster.map((e) => [e.login, e.on_roster, e.counted])).toEqual([
      ["alice", true, true],
      ["bob", true, true],
      ["dave", true, true],
      ["frank", false, true],
    ]);
  });

  it("merges the timeline once per fact, oldest first", async () => {
    const detail = await getProposalDetail(FCP_MSC, db.prisma);
    expect(detail?.events.map((e) => e.text)).toEqual([
      "mscbot added the label “proposal”",
      "alice proposed FCP to close",
      "mscbot added the label “proposed-final-comment-period”",
      "alice cancelled the FCP to close",
      "mscbot removed the label “proposed-final-comment-period”",
      "alice proposed FCP to merge",
      "mscbot added the label “proposed-final-comment-period”",
      "alice approved the FCP to merge",
      "bob approved the FCP to merge",
      "dave approved the FCP to merge",
      "carol recused themselves from the FCP to merge",
      "bob raised a concern: “needs an implementation”",
      "bob withdrew their approval of the FCP to merge",
      "bob resolved the concern “needs an implementation”",
      "erin approved the FCP to merge",
    ]);
    const times = detail?.events.map((e) => e.at) ?? [];
    expect(times).toEqual([...times].sort());
    expect(detail?.events[1]).toMatchObject({ kind: "fcp.proposed", actor: "alice", source: "mscbot" });
  });

  it("answers null for an unknown number", async () => {
    expect(await getProposalDetail(99_999, db.prisma)).toBeNull();
  });

  it("lists rounds across proposals by phase, with the proposal's title", async () => {
    const open = await listFcpRounds({ phases: ["proposed", "active"] }, db.prisma);
    expect(open.map((r) => [r.id, r.proposal_number, r.proposal_title])).toEqual([
      [ids.openId, FCP_MSC, "MSC4000: Room versions that know their history"],
    ]);
    expect(open[0]).toMatchObject({ approvals: 2, required: 3 });
    const all = await listFcpRounds({ proposalNumber: FCP_MSC }, db.prisma);
    expect(all.map((r) => r.id)).toEqual([ids.cancelledId, ids.openId]);
    expect(await listFcpRounds({ phases: ["finished"] }, db.prisma)).toEqual([]);
    expect(await listFcpRounds({ phases: [] }, db.prisma)).toEqual([]);
  });
});
