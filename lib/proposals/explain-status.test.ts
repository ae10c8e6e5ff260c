import { describe, expect, it } from "vitest";
import type { FcpRoundDto } from "../fcp/fcp-dto";
import { describeApprovals, describeBlockingConcerns } from "./describe-fcp-progress";
import { explainStatus } from "./explain-status";
import { STATUSES, type Status } from "./status";

const NOW = new Date("2026-11-25T10:00:00Z");

function round(overrides: Partial<FcpRoundDto> = {}): FcpRoundDto {
  return {
    id: 1,
    disposition: "merge",
    phase: "proposed",
    proposed_by: "richvdh",
    proposed_at: "2026-11-01T10:00:00Z",
    started_at: null,
    ends_at: null,
    completed_at: null,
    required: 8,
    approvals: 5,
    roster: [],
    concerns: [],
    quorum_base: 10,
    open_concerns: 0,
    cancelled_at: null,
    cancelled_by: null,
    cancel_reason: null,
    run_here: false,
    ...overrides,
  };
}

const explain = (status: Status, fcp: FcpRoundDto | null = null, state: "open" | "closed" | "merged" = "open") =>
  explainStatus({ status, state, fcp }, NOW);

describe("explainStatus", () => {
  it("has a non-empty explanation for every status, with or without a round", () => {
    for (const status of STATUSES) {
      expect(explain(status)).toMatch(/\w{3,}.*\.$/);
      expect(explain(status, round())).toMatch(/\.$/);
    }
  });

  it("says how a proposed FCP starts and where the votes stand", () => {
    expect(explain("proposed-fcp", round({ open_concerns: 1 }))).toBe(
      "SCT members are reviewing a proposal to merge (accept) this MSC. FCP starts once 8 of 10 members approve and no concern is open: 5 members have approved so far; 1 concern is open.",
    );
    expect(explain("proposed-fcp", round({ approvals: 1, disposition: "close" }))).toContain(
      "to close (reject) this MSC. FCP starts once 8 of 10 members approve and no concern is open: 1 member has approved so far.",
    );
  });

  it("gives the end of a running FCP and what can hold it open", () => {
    const active = round({ phase: "active", ends_at: "2026-11-27T14:00:10Z" });
    expect(explain("fcp", active)).toBe(
      "The final comment period to merge (accept) this MSC ends on 27 Nov 2026, 14:00 UTC unless an SCT member raises a concern, which holds it open until resolved. Anyone may still comment.",
    );
    expect(explain("fcp", { ...active, open_concerns: 2 })).toContain(
      "ends on 27 Nov 2026, 14:00 UTC, but it will not conclude while 2 open concerns are unresolved.",
    );
  });

  it("says an elapsed FCP waits for its concerns, per the written rule", () => {
    const over = round({ phase: "active", ends_at: "2026-11-20T14:00:10Z", open_concerns: 1 });
    expect(explain("fcp", over)).toBe(
      "The final comment period to merge ended on 20 Nov 2026, 14:00 UTC, but it cannot conclude until 1 open concern is resolved.",
    );
    expect(explain("fcp", { ...over, open_concerns: 0 })).toContain("mscbot will mark it finished");
  });

  it("explains a finished FCP by its disposition", () => {
    const finished = round({ phase: "finished" });
    expect(explain("fcp-finished", finished)).toContain(
      "accepted; it waits for the proposal pull request to be merged",
    );
    expect(explain("fcp-finished", finished, "merged")).toContain("accepted; it waits for the spec PR");
    expect(explain("fcp-finished", { ...finished, disposition: "close" })).toContain("will be closed");
    expect(explain("fcp-finished", { ...finished, disposition: "postpone" })).toContain("labelled postponed");
  });

  it("does not invent votes for an FCP that ran outside mscbot", () => {
    expect(explain("proposed-fcp")).toContain("no record of the votes");
    expect(explain("fcp", round({ phase: "cancelled" }))).toContain("no record of when it started");
  });

  it("mentions a cancelled FCP proposal on an MSC back in review", () => {
    expect(explain("in-review", round({ phase: "cancelled" }))).toContain("An earlier FCP proposal was cancelled.");
  });
});

describe("FCP progress", () => {
  it("counts the approvals still needed", () => {
    expect(describeApprovals({ required: 8, needed: 3 })).toBe("Needs 3 more approvals");
    expect(describeApprovals({ required: 8, needed: 1 })).toBe("Needs 1 more approval");
    expect(describeApprovals({ required: 6, needed: 0 })).toBe("Has the 6 approvals it needs");
  });
  it("names what open concerns block", () => {
    expect(describeBlockingConcerns({ blockedBy: 0 }, "proposed")).toBeNull();
    expect(describeBlockingConcerns({ blockedBy: 1 }, "proposed")).toBe("Blocked by 1 open concern");
    expect(describeBlockingConcerns({ blockedBy: 2 }, "active")).toBe("Cannot conclude while 2 open concerns remain");
  });
});
