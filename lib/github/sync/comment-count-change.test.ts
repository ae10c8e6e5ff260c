import { describe, expect, it } from "vitest";
import { commentsAdded, commentsAddedEvent, nextCommentCount, readCommentCount } from "./comment-count-change";

describe("comment counts", () => {
  it("reads GitHub's count and nothing that cannot be one", () => {
    expect(readCommentCount({ comments: 45 })).toBe(45);
    expect(readCommentCount({ comments: 0 })).toBe(0);
    for (const comments of [undefined, null, -1, 2.5, "3", Number.NaN])
      expect(readCommentCount({ comments })).toBeNull();
  });

  it("keeps the stored count when a copy carries none", () => {
    expect(nextCommentCount(7, null)).toBe(7);
    expect(nextCommentCount(null, null)).toBeNull();
    expect(nextCommentCount(7, 3)).toBe(3);
  });

  it("reports an increase from a known count only", () => {
    expect(commentsAdded(42, 45)).toEqual({ from: 42, to: 45 });
    expect(commentsAdded(0, 1)).toEqual({ from: 0, to: 1 });
    expect(commentsAdded(null, 45)).toBeNull(); // first sight
    expect(commentsAdded(45, 45)).toBeNull(); // the same copy again
    expect(commentsAdded(45, 44)).toBeNull(); // a comment deleted
    expect(commentsAdded(45, null)).toBeNull(); // a copy without a count
  });

  it("records an increase as one event keyed by issue, update time and total", () => {
    const at = new Date("2026-11-20T12:00:00Z");
    expect(commentsAddedEvent(4543, 42, 45, at, "webhook")).toEqual({
      proposalNumber: 4543,
      kind: "comments.added",
      at,
      source: "webhook",
      data: { from: 42, to: 45 },
      dedupeKey: "comments:4543:2026-11-20T12:00:00.000Z:45",
    });
    expect(commentsAddedEvent(4543, null, 45, at, "sync")).toBeNull();
    // The same total reached again after a deletion is a new comment, with a key of its own.
    const later = commentsAddedEvent(4543, 44, 45, new Date("2026-11-21T08:00:00Z"), "sync");
    expect(later?.dedupeKey).not.toBe(commentsAddedEvent(4543, 42, 45, at, "sync")?.dedupeKey);
  });
});
