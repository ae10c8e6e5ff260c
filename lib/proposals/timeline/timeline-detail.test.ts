import { describe, expect, it } from "vitest";
import { timelineDetail } from "./timeline-detail";

describe("timelineDetail", () => {
  it("gives a vote's rationale and a cancellation's reason", () => {
    expect(timelineDetail({ kind: "vote.cast", data: { position: "abstain", rationale: " Not my area " } })).toEqual({
      label: "Rationale",
      text: "Not my area",
    });
    expect(timelineDetail({ kind: "fcp.cancelled", data: { reason: "Needs a new draft" } })).toEqual({
      label: "Reason",
      text: "Needs a new draft",
    });
  });

  it("gives nothing when none was written, or for other kinds", () => {
    expect(timelineDetail({ kind: "vote.cast", data: { rationale: null } })).toBeNull();
    expect(timelineDetail({ kind: "fcp.cancelled", data: { reason: "  " } })).toBeNull();
    expect(timelineDetail({ kind: "concern.raised", data: { text: "x", reason: "y" } })).toBeNull();
  });
});
