import { describe, expect, it } from "vitest";
import { describeFeedEvent, formatUtc, shortTitle } from "./describe-feed-event";
import type { FeedEvent } from "./feed-event";

const base: FeedEvent = {
  key: "event/1",
  kind: "status.changed",
  at: new Date("2026-09-01T10:00:00Z"),
  actorLogin: null,
  data: {},
  proposalNumber: 4543,
  proposalTitle: "MSC4543: Sliding Sync Extensions: End-to-end encryption",
  disposition: null,
};
const text = (event: Partial<FeedEvent>) => describeFeedEvent({ ...base, ...event });

describe("describeFeedEvent", () => {
  it("names both statuses of a status move, for people", () => {
    expect(text({ data: { from: "in-review", to: "proposed-fcp" } })).toEqual({
      title: "MSC4543 moved from In review to Proposed FCP",
      summary: "MSC4543: Sliding Sync Extensions: End-to-end encryption. Status: Proposed FCP.",
    });
  });

  it("says when an MSC was first seen, and shows unknown statuses as stored", () => {
    expect(text({ data: { from: null, to: "draft" } }).title).toBe("MSC4543 entered as Drafting");
    expect(text({ data: { from: "in-review", to: "someday" } }).title).toBe("MSC4543 moved from In review to someday");
    expect(text({ data: "not an object" }).title).toBe("MSC4543 entered as unknown");
  });

  it("describes each FCP step with its disposition, from the event or its round", () => {
    expect(text({ kind: "fcp.proposed", actorLogin: "alice", data: { disposition: "merge" } })).toEqual({
      title: "MSC4543: FCP proposed to merge",
      summary:
        "MSC4543: Sliding Sync Extensions: End-to-end encryption. Final comment period proposed to merge by @alice.",
    });
    expect(text({ kind: "fcp.started", disposition: "close", data: { endsAt: "2026-10-06T10:00:10Z" } }).title).toBe(
      "MSC4543: FCP started to close, ends 6 Oct 2026, 10:00 UTC",
    );
    expect(text({ kind: "fcp.started", data: { endsAt: "garbage" } }).title).toBe("MSC4543: FCP started");
    expect(text({ kind: "fcp.finished", data: { disposition: "postpone" } }).title).toBe(
      "MSC4543: FCP finished to postpone",
    );
    expect(text({ kind: "fcp.cancelled", actorLogin: "bob", data: { reason: "Cancelled on GitHub" } })).toEqual({
      title: "MSC4543: FCP cancelled",
      summary:
        "MSC4543: Sliding Sync Extensions: End-to-end encryption. Final comment period cancelled by @bob (Cancelled on GitHub).",
    });
  });

  it("describes label changes and kinds it does not know", () => {
    expect(text({ kind: "label.added", actorLogin: "carol", data: { label: "kind:core" } }).title).toBe(
      "MSC4543: label kind:core added",
    );
    expect(text({ kind: "label.removed", data: { label: "proposal" } }).summary).toContain("Label proposal removed.");
    expect(text({ kind: "vote.cast" }).title).toBe("MSC4543: vote.cast");
  });
});

describe("shortTitle", () => {
  it("drops the MSC number the title repeats, in its common spellings", () => {
    expect(shortTitle(4543, "MSC4543: Sliding Sync")).toBe("Sliding Sync");
    expect(shortTitle(2716, "msc 2716 - History import")).toBe("History import");
    expect(shortTitle(3245, "MSC0000: Voice messages")).toBe("MSC0000: Voice messages");
    expect(shortTitle(1, "MSC1")).toBe("MSC1");
  });
});

describe("formatUtc", () => {
  it("formats in UTC whatever the machine's zone", () => {
    expect(formatUtc(new Date("2026-12-31T23:59:59Z"))).toBe("31 Dec 2026, 23:59 UTC");
  });
});
