import { describe, expect, it } from "vitest";
import { parseMscbotTime } from "@/lib/github/mscbot/parse-fcp-notice";
import { parseMscbotComment } from "@/lib/github/mscbot/parse-mscbot-comment";
import { readMscbotFixture } from "@/test/fixtures/mscbot/read-mscbot-fixture";
import { hasCommentMarker } from "./comment-marker";
import { formatMscbotTime, renderEndNotice, renderStartNotice } from "./render-fcp-notices";

const REVIEW = "https://github.com/matrix-org/matrix-spec-proposals/pull/2966#issuecomment-2614140408";

describe("FCP notices", () => {
  it("formats times as mscbot does, and the parser reads them back", () => {
    expect(formatMscbotTime(new Date("2022-07-14T14:34:14Z"))).toBe("July 14, 2022 at 14:34:14 UTC");
    expect(formatMscbotTime(new Date("2026-03-06T09:05:07.900Z"))).toBe("March 6, 2026 at 09:05:07 UTC");
    for (const iso of ["2026-02-28T23:59:59Z", "2026-12-01T00:00:00Z"]) {
      expect(parseMscbotTime(formatMscbotTime(new Date(iso)))?.toISOString()).toBe(new Date(iso).toISOString());
    }
  });

  it("starts with mscbot's bell line and the end the importer reads back", () => {
    const startedAt = new Date("2026-03-01T12:00:00Z");
    const endsAt = new Date("2026-03-06T12:00:00Z");
    const body = renderStartNotice({ roundId: 3, reviewUrl: REVIEW, startedAt, endsAt });
    expect(body.split("\n")[0]).toBe(readMscbotFixture("15-fcp-started-2025.txt").split("\n")[0]);
    expect(body).toContain("The final comment period will run for 5 days until March 6, 2026 at 12:00:00 UTC.");
    expect(parseMscbotComment("mscbot", body)).toEqual({ kind: "fcp-started", reviewUrl: REVIEW, endsAt });
    expect(hasCommentMarker(body, 3, "start")).toBe(true);
  });

  it("says a duration that is not whole days in hours", () => {
    const startedAt = new Date("2026-03-01T12:00:00Z");
    const body = renderStartNotice({
      roundId: 3,
      reviewUrl: REVIEW,
      startedAt,
      endsAt: new Date("2026-03-02T00:00:00Z"),
    });
    expect(body).toContain("will run for 12 hours until March 2, 2026 at 00:00:00 UTC.");
    const oneDay = renderStartNotice({
      roundId: 3,
      reviewUrl: REVIEW,
      startedAt,
      endsAt: new Date("2026-03-02T12:00:00Z"),
    });
    expect(oneDay).toContain("will run for 1 day until");
  });

  it("says a duration under an hour in minutes or seconds, never as 0 hours", () => {
    const startedAt = new Date("2026-03-01T12:00:00Z");
    const lasting = (ms: number) =>
      renderStartNotice({ roundId: 3, reviewUrl: REVIEW, startedAt, endsAt: new Date(startedAt.getTime() + ms) });
    expect(lasting(25_920)).toContain("will run for 26 seconds until March 1, 2026 at 12:00:25 UTC.");
    expect(lasting(90 * 60_000)).toContain("will run for 2 hours until");
    expect(lasting(20 * 60_000)).toContain("will run for 20 minutes until");
    expect(lasting(60_000)).toContain("will run for 1 minute until");
  });

  it("ends with mscbot's completion line, read back with its disposition", () => {
    const body = renderEndNotice({ roundId: 3, reviewUrl: REVIEW, disposition: "merge" });
    expect(body.split("\n")[0]).toBe(readMscbotFixture("16-fcp-finished-merge-2025.txt").trim());
    expect(parseMscbotComment("mscbot", body)).toEqual({
      kind: "fcp-finished",
      disposition: "merge",
      reviewUrl: REVIEW,
    });
    expect(
      parseMscbotComment("mscbot", renderEndNotice({ roundId: 3, reviewUrl: REVIEW, disposition: "close" })),
    ).toMatchObject({ disposition: "close" });
    expect(hasCommentMarker(body, 3, "end")).toBe(true);
  });
});
