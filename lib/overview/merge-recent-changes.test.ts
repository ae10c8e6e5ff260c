import { describe, expect, it } from "vitest";
import { describeEvent, mergeRecentChanges, type ProposalTimes } from "./merge-recent-changes";

const at = (iso: string) => new Date(iso);

function times(number: number, overrides: Partial<ProposalTimes> = {}): ProposalTimes {
  return {
    number,
    title: `MSC${number}`,
    createdAt: null,
    updatedAt: null,
    closedAt: null,
    mergedAt: null,
    merged: false,
    ...overrides,
  };
}

describe("describeEvent", () => {
  it("names status moves by their text labels", () => {
    expect(describeEvent("status.changed", { from: "in-review", to: "proposed-fcp" })).toBe(
      "moved from In review to Proposed FCP",
    );
    expect(describeEvent("status.changed", { from: null, to: "draft" })).toBe("added as Drafting");
    expect(describeEvent("status.changed", { from: "draft", to: "bogus" })).toBe(
      "moved from Drafting to an unknown status",
    );
  });
  it("names FCP transitions and skips other kinds", () => {
    expect(describeEvent("fcp.proposed", { disposition: "close" })).toBe("FCP to close proposed");
    expect(describeEvent("fcp.started", {})).toBe("FCP started");
    expect(describeEvent("vote.cast", {})).toBeNull();
  });
});

describe("mergeRecentChanges", () => {
  it("keeps the newest change per MSC, newest first, up to the limit", () => {
    const changes = mergeRecentChanges(
      [
        {
          number: 1,
          title: "MSC1",
          kind: "status.changed",
          at: at("2026-11-20T00:00:00Z"),
          data: { from: "draft", to: "in-review" },
        },
        {
          number: 1,
          title: "MSC1",
          kind: "status.changed",
          at: at("2026-11-10T00:00:00Z"),
          data: { from: null, to: "draft" },
        },
        { number: 2, title: "MSC2", kind: "fcp.started", at: at("2026-11-21T00:00:00Z"), data: {} },
      ],
      [times(3, { createdAt: at("2026-11-15T00:00:00Z") }), times(4, { createdAt: at("2026-01-01T00:00:00Z") })],
      3,
    );
    expect(changes).toEqual([
      { number: 2, title: "MSC2", at: "2026-11-21T00:00:00.000Z", what: "FCP started" },
      { number: 1, title: "MSC1", at: "2026-11-20T00:00:00.000Z", what: "moved from Drafting to In review" },
      { number: 3, title: "MSC3", at: "2026-11-15T00:00:00.000Z", what: "opened" },
    ]);
  });

  it("prefers a logged event to the GitHub timestamp of the same moment", () => {
    const moment = at("2026-11-20T00:00:00Z");
    const changes = mergeRecentChanges(
      [{ number: 1, title: "MSC1", kind: "status.changed", at: moment, data: { from: "in-review", to: "fcp" } }],
      [times(1, { updatedAt: moment })],
      5,
    );
    expect(changes.map((c) => c.what)).toEqual(["moved from In review to Final comment period"]);
  });

  it("falls back to the MSC's own timestamps, with closed only when not merged", () => {
    const changes = mergeRecentChanges(
      [],
      [
        times(5, {
          createdAt: at("2020-01-01T00:00:00Z"),
          mergedAt: at("2021-01-01T00:00:00Z"),
          closedAt: at("2021-01-01T00:00:00Z"),
          merged: true,
        }),
        times(6, { createdAt: at("2020-01-01T00:00:00Z"), closedAt: at("2020-06-01T00:00:00Z") }),
        times(7),
      ],
      5,
    );
    expect(changes.map((c) => [c.number, c.what])).toEqual([
      [5, "merged"],
      [6, "closed"],
    ]);
  });
});
