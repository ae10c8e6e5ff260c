import { describe, expect, it } from "vitest";
import type { BallotEntryDto, FcpRoundDto } from "./fcp-dto";
import { fcpProgress } from "./fcp-progress";
import { fcpEndsAt, readyToConclude, readyToStart } from "./fcp-transitions";

const member = (login: string, position: BallotEntryDto["position"], counted = true): BallotEntryDto => ({
  login,
  position,
  at: null,
  rationale: null,
  counted,
  on_roster: true,
  on_team: counted,
});
const round = (extra: Partial<FcpRoundDto> = {}): FcpRoundDto => ({
  id: 1,
  disposition: "merge",
  phase: "proposed",
  proposed_by: "a",
  proposed_at: "2026-01-01T00:00:00.000Z",
  started_at: null,
  ends_at: null,
  completed_at: null,
  required: 8,
  approvals: 7,
  roster: [member("a", "approve"), member("b", "none"), member("c", "abstain"), member("gone", "none", false)],
  concerns: [],
  quorum_base: 10,
  open_concerns: 1,
  cancelled_at: null,
  cancelled_by: null,
  cancel_reason: null,
  run_here: false,
  ...extra,
});

describe("fcpProgress", () => {
  it("summarises approvals and open concerns as the pages show them", () => {
    expect(fcpProgress(round())).toEqual({
      approvals: 7,
      required: 8,
      needed: 1,
      blockedBy: 1,
      waitingOn: ["b"],
      thresholdReached: false,
      summary: "7 of 8 approvals, 1 open concern",
    });
    expect(fcpProgress(round({ approvals: 9, open_concerns: 0 }))).toMatchObject({
      needed: 0,
      thresholdReached: true,
      summary: "9 of 8 approvals",
    });
    expect(fcpProgress(round({ open_concerns: 2 })).summary).toBe("7 of 8 approvals, 2 open concerns");
  });

  it("never reports an empty team as having reached the threshold", () => {
    expect(fcpProgress(round({ quorum_base: 0, required: 0, approvals: 0, roster: [] })).thresholdReached).toBe(false);
  });
});

describe("FCP transitions", () => {
  it("starts a proposed round once the threshold is reached and no concern is open", () => {
    expect(readyToStart(round({ approvals: 8, open_concerns: 0 }))).toBe(true);
    expect(readyToStart(round({ approvals: 8, open_concerns: 1 }))).toBe(false);
    expect(readyToStart(round({ approvals: 7, open_concerns: 0 }))).toBe(false);
    expect(readyToStart(round({ approvals: 8, open_concerns: 0, phase: "cancelled" }))).toBe(false);
  });

  it("ends 5 calendar days after the start", () => {
    expect(fcpEndsAt(new Date("2026-01-01T10:00:00Z"), 5).toISOString()).toBe("2026-01-06T10:00:00.000Z");
  });

  it("concludes at the end time, held (not reset) while a concern is open", () => {
    const active = round({ phase: "active", ends_at: "2026-01-06T10:00:00.000Z", open_concerns: 0 });
    expect(readyToConclude(active, new Date("2026-01-06T09:59:59Z"))).toBe(false);
    expect(readyToConclude(active, new Date("2026-01-06T10:00:00Z"))).toBe(true);
    expect(readyToConclude({ ...active, open_concerns: 1 }, new Date("2026-01-09T00:00:00Z"))).toBe(false);
    expect(readyToConclude({ ...active, phase: "finished" }, new Date("2026-01-09T00:00:00Z"))).toBe(false);
  });
});
