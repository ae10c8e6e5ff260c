import { describe, expect, it } from "vitest";
import { at, statsProposal } from "./stats-proposal.fixture";
import { statusOverTime } from "./status-over-time";

describe("statusOverTime", () => {
  it("counts open, merged and closed-unmerged MSCs at each month's end", () => {
    const result = statusOverTime(
      [
        statsProposal({ createdAt: at("2026-01-10"), state: "merged", mergedAt: at("2026-03-05") }),
        statsProposal({ createdAt: at("2026-02-01"), state: "closed", closedAt: at("2026-02-20") }),
        statsProposal({ createdAt: at("2026-03-31") }),
      ],
      at("2026-04-15"),
    );
    expect(result.months).toEqual(["2026-01", "2026-02", "2026-03", "2026-04"]);
    expect(result.counts.open).toEqual([1, 1, 1, 1]);
    expect(result.counts.closed).toEqual([0, 1, 1, 1]);
    expect(result.counts.merged).toEqual([0, 0, 1, 1]);
    expect(result.basis).toEqual({ total: 3, fromOpening: 3, fromEndOnly: 0, unplaced: 0, withLabelHistory: 0 });
  });

  it("places an MSC without opening time from its merge on, and one without an end time nowhere", () => {
    const result = statusOverTime(
      [
        statsProposal({ state: "merged", mergedAt: at("2026-02-10") }),
        statsProposal({ state: "merged" }),
        // Closed, but when is unknown: not shown open to this day.
        statsProposal({ state: "closed", createdAt: at("2026-02-01") }),
      ],
      at("2026-03-01"),
    );
    expect(result.months).toEqual(["2026-02", "2026-03"]);
    expect(result.counts.merged).toEqual([1, 1]);
    expect(result.counts.open).toEqual([0, 0]);
    expect(result.basis).toMatchObject({ fromOpening: 0, fromEndOnly: 1, unplaced: 2 });
  });

  it("splits open MSCs into FCP stages by replaying their label history", () => {
    const result = statusOverTime(
      [
        statsProposal({
          createdAt: at("2026-01-05"),
          fcpLabelChanges: [
            { label: "proposed-final-comment-period", action: "added", at: at("2026-02-03") },
            { label: "final-comment-period", action: "added", at: at("2026-03-01") },
            { label: "proposed-final-comment-period", action: "removed", at: at("2026-03-01") },
            { label: "finished-final-comment-period", action: "added", at: at("2026-04-06") },
            { label: "final-comment-period", action: "removed", at: at("2026-04-06") },
          ],
        }),
      ],
      at("2026-04-30"),
    );
    expect(result.counts.open).toEqual([1, 0, 0, 0]);
    expect(result.counts["proposed-fcp"]).toEqual([0, 1, 0, 0]);
    expect(result.counts.fcp).toEqual([0, 0, 1, 0]);
    expect(result.counts["fcp-finished"]).toEqual([0, 0, 0, 1]);
    expect(result.basis.withLabelHistory).toBe(1);
  });

  it("has no months when nothing has a time", () => {
    expect(statusOverTime([statsProposal()], at("2026-01-01")).months).toEqual([]);
  });

  it("ignores label history after the merge and applies history from before the opening at once", () => {
    const result = statusOverTime(
      [
        statsProposal({
          createdAt: at("2026-01-10"),
          state: "merged",
          mergedAt: at("2026-02-10"),
          fcpLabelChanges: [
            { label: "final-comment-period", action: "added", at: at("2026-01-01") },
            { label: "finished-final-comment-period", action: "added", at: at("2026-03-01") },
          ],
        }),
      ],
      at("2026-03-31"),
    );
    expect(result.counts.fcp).toEqual([1, 0, 0]);
    expect(result.counts.merged).toEqual([0, 1, 1]);
    expect(result.counts["fcp-finished"]).toEqual([0, 0, 0]);
  });
});
