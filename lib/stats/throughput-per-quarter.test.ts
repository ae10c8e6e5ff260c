import { describe, expect, it } from "vitest";
import { at, statsProposal } from "./stats-proposal.fixture";
import { throughputPerQuarter } from "./throughput-per-quarter";

describe("throughputPerQuarter", () => {
  it("counts openings, merges and unmerged closes per quarter, empty quarters included", () => {
    const result = throughputPerQuarter(
      [
        statsProposal({ createdAt: at("2025-11-02"), state: "merged", mergedAt: at("2026-04-01") }),
        statsProposal({ createdAt: at("2025-12-30"), state: "closed", closedAt: at("2026-04-30") }),
        statsProposal({ createdAt: at("2026-05-01") }),
      ],
      at("2026-05-15"),
    );
    expect(result.quarters).toEqual(["2025 Q4", "2026 Q1", "2026 Q2"]);
    expect(result.counts).toEqual({ opened: [2, 0, 1], merged: [0, 0, 1], closed: [0, 0, 1] });
    expect(result.unknown).toEqual({ opened: 0, merged: 0, closed: 0 });
  });

  it("says how many events have no known time", () => {
    const result = throughputPerQuarter(
      [statsProposal({ state: "merged", mergedAt: at("2026-01-01") }), statsProposal({ state: "closed" })],
      at("2026-01-02"),
    );
    expect(result.counts).toEqual({ opened: [0], merged: [1], closed: [0] });
    expect(result.unknown).toEqual({ opened: 2, merged: 0, closed: 1 });
  });
});
