import { describe, expect, it } from "vitest";
import { stalledProposals } from "./stalled-proposals";
import { at, statsProposal } from "./stats-proposal.fixture";

describe("stalledProposals", () => {
  const proposals = [
    statsProposal({ number: 10, lastActivityAt: at("2025-01-01") }),
    statsProposal({ number: 11, lastActivityAt: at("2026-01-01") }),
    statsProposal({ number: 12, lastActivityAt: at("2026-07-01") }),
    statsProposal({ number: 13, lastActivityAt: null }),
    statsProposal({ number: 14, state: "merged", lastActivityAt: at("2020-01-01") }),
  ];

  it("lists open MSCs idle longer than N months before the data's date, oldest first", () => {
    const result = stalledProposals(proposals, at("2026-08-18"), 6);
    expect(result.cutoff).toBe("2026-02-18T00:00:00.000Z");
    expect(result.proposals.map((p) => p.number)).toEqual([10, 11]);
    expect(result.proposals[0]).toEqual({
      number: 10,
      title: "MSC1: A proposal",
      lastActivityAt: "2025-01-01T00:00:00.000Z",
      idleDays: 594,
    });
  });

  it("narrows with a longer threshold", () => {
    expect(stalledProposals(proposals, at("2026-08-18"), 12).proposals.map((p) => p.number)).toEqual([10]);
  });

  it("counts open MSCs whose activity is unknown instead of guessing", () => {
    expect(stalledProposals(proposals, at("2026-08-18"), 6).unknownActivity).toBe(1);
  });
});
