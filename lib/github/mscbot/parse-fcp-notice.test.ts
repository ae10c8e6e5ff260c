import { describe, expect, it } from "vitest";
import { parseFcpCancelled, parseFcpFinished, parseFcpStarted, parseMscbotTime } from "./parse-fcp-notice";

const REVIEW = "https://github.com/matrix-org/matrix-spec-proposals/pull/3061#issuecomment-1183929218";
// mscbot-python's start notice since 2022 (command_handler.py, _start_fcp).
const STARTED_2022 =
  `:bell: This is now entering its final comment period, as per [the review](${REVIEW}) above. :bell:\n\n` +
  "The final comment period will run for 5 days until July 19, 2022 at 14:34:14 UTC.";

describe("parseMscbotTime", () => {
  it("reads mscbot's strftime('%B %-d, %Y at %H:%M:%S %Z') as UTC", () => {
    expect(parseMscbotTime("July 14, 2022 at 14:34:14 UTC")?.toISOString()).toBe("2022-07-14T14:34:14.000Z");
    expect(parseMscbotTime("April 5, 2025 at 09:05:01 UTC")?.toISOString()).toBe("2025-04-05T09:05:01.000Z");
    expect(parseMscbotTime("December 31, 2024 at 23:59:59 UTC")?.toISOString()).toBe("2024-12-31T23:59:59.000Z");
  });

  it("accepts 29 February only in leap years", () => {
    expect(parseMscbotTime("February 29, 2024 at 00:00:00 UTC")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(parseMscbotTime("February 29, 2023 at 00:00:00 UTC")).toBeNull();
  });

  it("rejects times that are not real or not in mscbot's format", () => {
    expect(parseMscbotTime("February 30, 2024 at 10:00:00 UTC")).toBeNull();
    expect(parseMscbotTime("July 14, 2022 at 24:00:00 UTC")).toBeNull();
    expect(parseMscbotTime("July 14, 2022 at 12:60:00 UTC")).toBeNull();
    expect(parseMscbotTime("Juli 14, 2022 at 14:34:14 UTC")).toBeNull();
    expect(parseMscbotTime("July 14, 2022 at 14:34:14 CEST")).toBeNull();
    expect(parseMscbotTime("2022-07-14T14:34:14Z")).toBeNull();
    expect(parseMscbotTime("")).toBeNull();
  });
});

describe("parseFcpStarted", () => {
  it("reads the review link and the exact end of the period", () => {
    expect(parseFcpStarted(STARTED_2022)).toEqual({
      kind: "fcp-started",
      reviewUrl: REVIEW,
      endsAt: new Date("2022-07-19T14:34:14Z"),
    });
  });

  it("reads the end when blank lines were collapsed or the line has trailing whitespace", () => {
    const collapsed = `${STARTED_2022.replace("\n\n", "\n")}  \n`;
    expect(parseFcpStarted(collapsed)?.endsAt).toEqual(new Date("2022-07-19T14:34:14Z"));
  });

  it("leaves the end null when the date cannot be read", () => {
    const garbled = STARTED_2022.replace("July 19, 2022", "Julember 19, 2022");
    expect(parseFcpStarted(garbled)).toEqual({ kind: "fcp-started", reviewUrl: REVIEW, endsAt: null });
  });

  it("accepts a period of another length than 5 days", () => {
    const body = STARTED_2022.replace("5 days until July 19", "14 days until July 28");
    expect(parseFcpStarted(body)?.endsAt).toEqual(new Date("2022-07-28T14:34:14Z"));
  });

  it("reads the 2018 bold wording and ignores the label warning after it", () => {
    const body =
      ":bell: **This is now entering its final comment period**, as per the [review above](https://x.test/1). :bell:" +
      "\n\n*psst @ara4n, I wasn't able to add the `final-comment-period` label, please do so.*";
    expect(parseFcpStarted(body)).toEqual({ kind: "fcp-started", reviewUrl: "https://x.test/1", endsAt: null });
  });

  it("gives a null review link when there is none", () => {
    expect(parseFcpStarted(":bell: This is now entering its final comment period. :bell:")).toEqual({
      kind: "fcp-started",
      reviewUrl: null,
      endsAt: null,
    });
  });

  it("rejects other text", () => {
    expect(
      parseFcpStarted("The final comment period will run for 5 days until July 19, 2022 at 14:34:14 UTC."),
    ).toBeNull();
    expect(parseFcpStarted("I think this is now entering its final comment period")).toBeNull();
  });
});

describe("parseFcpFinished", () => {
  it("reads each disposition", () => {
    for (const disposition of ["merge", "close", "postpone"] as const) {
      const body = `The final comment period, with a disposition to **${disposition}**, as per [the review](${REVIEW}) above, is now **complete**.`;
      expect(parseFcpFinished(body)).toEqual({ kind: "fcp-finished", disposition, reviewUrl: REVIEW });
    }
  });

  it("reads the rfcbot-rs wording with its closing remark", () => {
    const body =
      "The final comment period, with a disposition to **close**, as per the [review above](https://x.test/2), " +
      "is now **complete**.\n\nBy the power vested in me by Rust, I hereby close this RFC.";
    expect(parseFcpFinished(body)).toEqual({
      kind: "fcp-finished",
      disposition: "close",
      reviewUrl: "https://x.test/2",
    });
  });

  it("rejects an unknown disposition and other text", () => {
    expect(
      parseFcpFinished("The final comment period, with a disposition to **ship**, is now **complete**."),
    ).toBeNull();
    expect(parseFcpFinished("The final comment period is over.")).toBeNull();
  });
});

describe("parseFcpCancelled", () => {
  it("reads mscbot-python's notice for a running FCP", () => {
    expect(parseFcpCancelled("Final comment period for this proposal has been cancelled.")).toEqual({
      kind: "fcp-cancelled",
      cancelledBy: null,
    });
  });

  it("reads mscbot-rs's notice with who cancelled", () => {
    expect(parseFcpCancelled("@KitsuneRal proposal cancelled.")).toEqual({
      kind: "fcp-cancelled",
      cancelledBy: "KitsuneRal",
    });
  });

  it("rejects other text", () => {
    expect(parseFcpCancelled("This proposal is not in FCP nor has had FCP proposed.")).toBeNull();
    expect(parseFcpCancelled("@KitsuneRal the proposal cancelled?")).toBeNull();
  });
});
