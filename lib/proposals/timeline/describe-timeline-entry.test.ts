import { describe, expect, it } from "vitest";
import { describeTimelineEntry } from "./describe-timeline-entry";

const say = (kind: string, actor: string | null, data: Record<string, unknown> = {}) =>
  describeTimelineEntry({ kind, actor, data });

describe("describeTimelineEntry", () => {
  it("describes label changes with or without an actor", () => {
    expect(say("label.added", "turt2live", { label: "kind:core" })).toBe("turt2live added the label “kind:core”");
    expect(say("label.removed", null, { label: "proposal-in-review" })).toBe(
      "The label “proposal-in-review” was removed",
    );
  });

  it("reads derived statuses aloud", () => {
    expect(say("status.changed", null, { from: "proposed-fcp", to: "fcp" })).toBe(
      "The status changed from proposed FCP to FCP",
    );
  });

  it("describes each FCP milestone with its disposition", () => {
    expect(say("fcp.proposed", "richvdh", { disposition: "merge" })).toBe("richvdh proposed FCP to merge");
    expect(say("fcp.started", null, { disposition: "close", ends_at: "2026-01-06T10:00:10.000Z" })).toBe(
      "FCP to close started; it ends 6 Jan 2026, 10:00 UTC",
    );
    expect(say("fcp.started", null, {})).toBe("FCP started");
    expect(say("fcp.finished", null, { disposition: "postpone" })).toBe("FCP to postpone finished");
    expect(say("fcp.cancelled", "uhoreg", { disposition: "merge" })).toBe("uhoreg cancelled the FCP to merge");
    expect(say("fcp.cancelled", null, { disposition: "merge" })).toBe("The FCP to merge was cancelled");
  });

  it("describes every vote position, and an unticked approval as a withdrawal", () => {
    const on = { disposition: "merge" };
    expect(say("vote.cast", "richvdh", { ...on, position: "approve" })).toBe("richvdh approved the FCP to merge");
    expect(say("vote.cast", "tulir", { ...on, position: "abstain" })).toBe("tulir abstained on the FCP to merge");
    expect(say("vote.cast", "dbkr", { ...on, position: "recuse" })).toBe(
      "dbkr recused themselves from the FCP to merge",
    );
    expect(say("vote.cast", "ara4n", { ...on, position: "none", previous_position: "approve" })).toBe(
      "ara4n withdrew their approval of the FCP to merge",
    );
    expect(say("vote.cast", "ara4n", { ...on, position: "none", previous_position: null })).toBe(
      "ara4n cleared their vote on the FCP to merge",
    );
  });

  it("describes concerns, leaving out an actor mscbot did not name", () => {
    expect(say("concern.raised", "clokep", { text: "needs an implementation" })).toBe(
      "clokep raised a concern: “needs an implementation”",
    );
    expect(say("concern.raised", "unknown", { text: "x" })).toBe("A concern was raised: “x”");
    expect(say("concern.resolved", "clokep", { text: "x" })).toBe("clokep resolved the concern “x”");
    expect(say("concern.resolved", null, { text: "x" })).toBe("The concern “x” was resolved");
  });

  it("still says something for kinds it does not know", () => {
    expect(say("proposal.renamed", "someone")).toBe("proposal.renamed by someone");
    expect(say("proposal.renamed", null)).toBe("proposal.renamed");
  });
});
