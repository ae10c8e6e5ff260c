import { describe, expect, it } from "vitest";
import { deriveStatus, STATUSES, type StatusFacts } from "./status";

const open = (labels: string[], extra: Partial<StatusFacts> = {}): StatusFacts => ({
  githubState: "open",
  merged: false,
  draft: false,
  labels,
  ...extra,
});
const closed = (labels: string[], merged = false): StatusFacts => ({
  githubState: "closed",
  merged,
  draft: false,
  labels,
});

describe("deriveStatus", () => {
  it("recognises each lifecycle state from its label", () => {
    expect(deriveStatus(open(["proposal"]))).toBe("in-review");
    expect(deriveStatus(open(["proposal", "proposal-in-review"]))).toBe("in-review");
    expect(deriveStatus(open(["proposal", "proposed-final-comment-period", "disposition-merge"]))).toBe("proposed-fcp");
    expect(deriveStatus(open(["proposal", "final-comment-period"]))).toBe("fcp");
    expect(deriveStatus(open(["proposal", "finished-final-comment-period"]))).toBe("fcp-finished");
    expect(deriveStatus(closed(["proposal", "spec-pr-missing"], true))).toBe("spec-pr-missing");
    expect(deriveStatus(closed(["proposal", "spec-pr-in-review"], true))).toBe("spec-pr-in-review");
    expect(deriveStatus(closed(["proposal", "merged"], true))).toBe("merged");
    expect(deriveStatus(open(["proposal", "proposal-postponed"]))).toBe("postponed");
    expect(deriveStatus(closed(["proposal", "abandoned"]))).toBe("abandoned");
    expect(deriveStatus(closed(["proposal", "obsolete"]))).toBe("obsolete");
    expect(deriveStatus(closed(["proposal", "rejected"]))).toBe("rejected");
  });

  it("calls an open draft without state labels drafting, and a closed one closed", () => {
    expect(deriveStatus(open([], { draft: true }))).toBe("draft");
    expect(deriveStatus(closed([]))).toBe("closed");
  });

  it("prefers the furthest acceptance stage when several are present", () => {
    expect(deriveStatus(closed(["spec-pr-missing", "spec-pr-in-review"], true))).toBe("spec-pr-in-review");
    expect(deriveStatus(closed(["spec-pr-in-review", "merged"], true))).toBe("merged");
    expect(deriveStatus(open(["proposed-final-comment-period", "final-comment-period"]))).toBe("fcp");
    expect(deriveStatus(open(["final-comment-period", "finished-final-comment-period"]))).toBe("fcp-finished");
  });

  it("lets an explicit end override acceptance labels", () => {
    expect(deriveStatus(closed(["merged", "obsolete"], true))).toBe("obsolete");
    // Real case: open PRs labelled `rejected`.
    expect(deriveStatus(open(["proposal", "rejected"]))).toBe("rejected");
    expect(deriveStatus(open(["proposal", "proposed-final-comment-period", "abandoned"]))).toBe("abandoned");
  });

  it("does not show a closed PR as in FCP because of a stale label", () => {
    expect(deriveStatus(closed(["proposal", "proposed-final-comment-period", "disposition-merge"]))).toBe("closed");
    expect(deriveStatus(closed(["proposal", "final-comment-period"]))).toBe("closed");
    expect(deriveStatus(closed(["proposal", "finished-final-comment-period", "disposition-close"]))).toBe("closed");
  });

  it("treats a merged PR without state labels as merged", () => {
    expect(deriveStatus(closed(["proposal"], true))).toBe("merged");
    expect(deriveStatus(closed([], true))).toBe("merged");
    expect(deriveStatus(closed(["finished-final-comment-period"], true))).toBe("fcp-finished");
  });

  it("ignores a draft flag once a state label is set", () => {
    expect(deriveStatus(open(["proposed-final-comment-period"], { draft: true }))).toBe("proposed-fcp");
  });

  it("only ever returns one of the thirteen documented statuses", () => {
    const labels = ["merged", "rejected", "final-comment-period", "proposal", "spec-pr-missing", "abandoned"];
    for (let mask = 0; mask < 1 << labels.length; mask++) {
      const subset = labels.filter((_, i) => mask & (1 << i));
      for (const facts of [open(subset), closed(subset), closed(subset, true), open(subset, { draft: true })]) {
        expect(STATUSES).toContain(deriveStatus(facts));
      }
    }
  });
});
