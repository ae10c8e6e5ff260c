import { describe, expect, it } from "vitest";
import type { VoteFact } from "./latest-positions";
import type { TeamPeriod } from "./team-membership";
import { toFcpRoundDto, type FcpRoundFacts } from "./to-fcp-round-dto";

const t = (iso: string) => new Date(iso);
const RULES = { thresholdPercent: 75, durationDays: 5 };
const TEN = ["m0", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9"];
const serving = (logins: string[], from = "1970-01-01", until: string | null = null): TeamPeriod[] =>
  logins.map((githubLogin) => ({ githubLogin, servedFrom: t(from), servedUntil: until ? t(until) : null }));
const vote = (memberLogin: string, position: VoteFact["position"], at = "2026-01-02"): VoteFact => ({
  memberLogin,
  position,
  rationale: null,
  at: t(at),
});
const round = (extra: Partial<FcpRoundFacts> = {}): FcpRoundFacts => ({
  id: 1,
  disposition: "merge",
  proposedBy: "m0",
  proposedAt: t("2026-01-01"),
  startedAt: null,
  endsAt: null,
  completedAt: null,
  cancelledAt: null,
  cancelledBy: null,
  cancelReason: null,
  roster: TEN,
  votes: [],
  proposalConcerns: [],
  ...extra,
});
const entry = (dto: ReturnType<typeof toFcpRoundDto>, login: string) => dto.roster.find((e) => e.login === login);

describe("toFcpRoundDto", () => {
  it("needs 8 of a 10-member team and 6 of an 8-member team", () => {
    expect(toFcpRoundDto(round(), serving(TEN), RULES)).toMatchObject({ quorum_base: 10, required: 8, approvals: 0 });
    const eight = TEN.slice(0, 8);
    expect(toFcpRoundDto(round({ roster: eight }), serving(eight), RULES)).toMatchObject({
      quorum_base: 8,
      required: 6,
    });
  });

  it("takes each member's latest vote: a change of mind replaces the approval", () => {
    const votes = [vote("m1", "approve", "2026-01-02"), vote("m2", "approve"), vote("m1", "none", "2026-01-03")];
    const dto = toFcpRoundDto(round({ votes }), serving(TEN), RULES);
    expect(dto.approvals).toBe(1);
    expect(entry(dto, "m1")).toMatchObject({ position: "none", at: "2026-01-03T00:00:00.000Z", counted: true });
    expect(entry(dto, "m3")).toMatchObject({ position: "none", at: null });
  });

  it("removes recused members from the base, which lowers the requirement", () => {
    const votes = [vote("m1", "recuse"), vote("m2", "recuse"), vote("m3", "approve")];
    const dto = toFcpRoundDto(round({ votes }), serving(TEN), RULES);
    expect(dto).toMatchObject({ quorum_base: 8, required: 6, approvals: 1 });
    expect(entry(dto, "m1")).toMatchObject({ counted: false, on_team: true, position: "recuse" });
  });

  it("keeps abstentions in the base without counting them as approvals", () => {
    const votes = [vote("m1", "abstain"), vote("m2", "approve")];
    const dto = toFcpRoundDto(round({ votes }), serving(TEN), RULES);
    expect(dto).toMatchObject({ quorum_base: 10, required: 8, approvals: 1 });
    expect(entry(dto, "m1")).toMatchObject({ counted: true, position: "abstain" });
  });

  it("shows a departed member's vote without counting it, and counts a joiner", () => {
    // m9 left after the round was proposed; "new" joined after it.
    const team = [
      ...serving(TEN.slice(0, 9)),
      ...serving(["m9"], "1970-01-01", "2026-01-05"),
      ...serving(["new"], "2026-01-04"),
    ];
    const votes = [vote("m9", "approve"), vote("new", "approve", "2026-01-06")];
    const dto = toFcpRoundDto(round(), team, RULES);
    expect(dto.quorum_base).toBe(10);
    const withVotes = toFcpRoundDto(round({ votes }), team, RULES);
    expect(withVotes.approvals).toBe(1);
    expect(entry(withVotes, "m9")).toMatchObject({
      position: "approve",
      counted: false,
      on_roster: true,
      on_team: false,
    });
    expect(entry(withVotes, "new")).toMatchObject({
      position: "approve",
      counted: true,
      on_roster: false,
      on_team: true,
    });
    expect(withVotes.roster).toHaveLength(11);
  });

  it("judges a finished round by the team when it ended, not by today's team", () => {
    const team = [
      ...serving(TEN.slice(0, 9)),
      ...serving(["m9"], "1970-01-01", "2026-02-01"),
      ...serving(["new"], "2026-02-01"),
    ];
    const finished = round({
      startedAt: t("2026-01-10"),
      completedAt: t("2026-01-15"),
      votes: [vote("m9", "approve")],
    });
    const dto = toFcpRoundDto(finished, team, RULES);
    expect(dto.phase).toBe("finished");
    expect(dto).toMatchObject({ quorum_base: 10, approvals: 1 });
    expect(entry(dto, "m9")).toMatchObject({ counted: true, on_team: true });
    expect(entry(dto, "new")).toBeUndefined();
  });

  it("stops counting a member who left while a finished round ran", () => {
    const team = [...serving(TEN.slice(0, 9)), ...serving(["m9"], "1970-01-01", "2026-01-12")];
    const finished = round({
      startedAt: t("2026-01-10"),
      completedAt: t("2026-01-15"),
      votes: [vote("m9", "approve")],
    });
    const dto = toFcpRoundDto(finished, team, RULES);
    expect(dto).toMatchObject({ quorum_base: 9, required: 7, approvals: 0 });
    expect(entry(dto, "m9")).toMatchObject({ position: "approve", counted: false, on_team: false, on_roster: true });
  });

  it("uses the cancellation time for a cancelled round and the roster when no membership is recorded", () => {
    const cancelled = round({ cancelledAt: t("2026-01-03"), cancelledBy: "m0", cancelReason: "Cancelled on GitHub" });
    const dto = toFcpRoundDto(cancelled, [], RULES);
    expect(dto).toMatchObject({ phase: "cancelled", quorum_base: 10, required: 8, cancelled_by: "m0" });
    expect(dto.roster.every((e) => e.on_team && e.on_roster)).toBe(true);
  });

  it("matches roster, team and votes whatever the case of the login", () => {
    const dto = toFcpRoundDto(
      round({ roster: ["KitsuneRal"], votes: [vote("kitsuneral", "approve")] }),
      serving(["kitsuneRal"]),
      RULES,
    );
    expect(dto.roster).toEqual([
      expect.objectContaining({ login: "kitsuneRal", position: "approve", counted: true, on_roster: true }),
    ]);
    expect(dto).toMatchObject({ quorum_base: 1, required: 1, approvals: 1 });
  });

  it("counts open concerns, including one left open from before the round", () => {
    const concern = (fcpRoundId: number | null, resolvedAt: string | null, text: string) => ({
      id: text.length,
      fcpRoundId,
      text,
      raisedBy: "m1",
      raisedAt: t("2026-01-02"),
      resolvedBy: resolvedAt ? "m1" : null,
      resolvedAt: resolvedAt ? t(resolvedAt) : null,
    });
    const proposalConcerns = [
      concern(1, "2026-01-03", "fixed"),
      concern(1, null, "open"),
      concern(null, null, "older"),
    ];
    const dto = toFcpRoundDto(round({ proposalConcerns }), serving(TEN), RULES);
    expect(dto.open_concerns).toBe(2);
    expect(dto.concerns.map((c) => [c.text, c.resolved])).toEqual([
      ["fixed", true],
      ["open", false],
      ["older", false],
    ]);
    expect(dto.concerns[0]).toMatchObject({ resolved_by: "m1", resolved_at: "2026-01-03T00:00:00.000Z" });
  });

  it("gives times as ISO strings", () => {
    const active = round({ startedAt: t("2026-01-10T12:00:00Z"), endsAt: t("2026-01-15T12:00:10Z") });
    expect(toFcpRoundDto(active, serving(TEN), RULES)).toMatchObject({
      phase: "active",
      proposed_at: "2026-01-01T00:00:00.000Z",
      started_at: "2026-01-10T12:00:00.000Z",
      ends_at: "2026-01-15T12:00:10.000Z",
      completed_at: null,
      cancelled_at: null,
    });
  });
});
