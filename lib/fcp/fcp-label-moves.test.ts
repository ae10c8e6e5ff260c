import { describe, expect, it } from "vitest";
import { labelDifference, labelsAfterRound } from "./fcp-label-moves";

describe("labelsAfterRound: mscbot's label moves", () => {
  const base = ["proposal", "kind:feature", "client-server"];

  it("adds the disposition and the proposed label on proposal", () => {
    expect(labelsAfterRound(base, { phase: "proposed", disposition: "merge" })).toEqual([
      ...base,
      "disposition-merge",
      "proposed-final-comment-period",
    ]);
  });

  it("swaps proposed for final-comment-period at the start, keeping the disposition", () => {
    const proposed = [...base, "disposition-close", "proposed-final-comment-period"];
    expect(labelsAfterRound(proposed, { phase: "active", disposition: "close" })).toEqual([
      ...base,
      "disposition-close",
      "final-comment-period",
    ]);
  });

  it("at the end adds finished and drops the running label and every disposition", () => {
    const running = [...base, "disposition-merge", "final-comment-period", "unresolved-concerns"];
    expect(labelsAfterRound(running, { phase: "finished", disposition: "merge" })).toEqual([
      ...base,
      "unresolved-concerns",
      "finished-final-comment-period",
    ]);
  });

  it("records a finished postponement with proposal-postponed", () => {
    expect(labelsAfterRound(base, { phase: "finished", disposition: "postpone" })).toEqual([
      ...base,
      "finished-final-comment-period",
      "proposal-postponed",
    ]);
  });

  it("removes every FCP label and disposition on cancel, even stale ones", () => {
    const messy = [...base, "disposition-merge", "disposition-close", "proposed-final-comment-period"];
    expect(labelsAfterRound(messy, { phase: "cancelled", disposition: "merge" })).toEqual(base);
  });

  it("is idempotent: applying a phase twice changes nothing more", () => {
    for (const phase of ["proposed", "active", "finished", "cancelled"] as const) {
      const once = labelsAfterRound(base, { phase, disposition: "postpone" });
      expect(labelsAfterRound(once, { phase, disposition: "postpone" })).toEqual(once);
    }
  });
});

describe("labelDifference", () => {
  it("lists what to add and what to remove", () => {
    expect(labelDifference(["a", "b"], ["b", "c"])).toEqual({ add: ["c"], remove: ["a"] });
    expect(labelDifference(["a"], ["a"])).toEqual({ add: [], remove: [] });
  });
});
