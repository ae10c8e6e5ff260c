import { describe, expect, it } from "vitest";
import { describeCountdown, describeSpan, describeTimeAgo, formatDateTime } from "./describe-countdown";

const now = new Date("2026-11-22T12:00:00Z");
const at = (iso: string) => new Date(iso);

describe("describeSpan", () => {
  it("gives the two largest units, rounded down", () => {
    expect(describeSpan(((2 * 24 + 4) * 60 + 59) * 60_000)).toBe("2 days 4 hours");
    expect(describeSpan((3 * 60 + 5) * 60_000)).toBe("3 hours 5 minutes");
    expect(describeSpan(12 * 60_000 + 30_000)).toBe("12 minutes");
  });
  it("drops a zero second unit and uses the singular", () => {
    expect(describeSpan(24 * 3_600_000)).toBe("1 day");
    expect(describeSpan(3_600_000 + 60_000)).toBe("1 hour 1 minute");
    expect(describeSpan(5 * 3_600_000)).toBe("5 hours");
  });
  it("says less than a minute rather than 0 minutes", () => {
    expect(describeSpan(59_000)).toBe("less than a minute");
    expect(describeSpan(-5)).toBe("less than a minute");
  });
});

describe("describeCountdown", () => {
  it("counts down to an end in the future", () => {
    // mscbot's end: start + 5 days + 10 s.
    expect(describeCountdown(at("2026-11-27T12:00:10Z"), now)).toBe("ends in 5 days");
    expect(describeCountdown(at("2026-11-22T15:30:00Z"), now)).toBe("ends in 3 hours 30 minutes");
  });
  it("says how long ago an end passed", () => {
    expect(describeCountdown(at("2026-11-21T09:00:00Z"), now)).toBe("ended 1 day 3 hours ago");
  });
  it("treats the very moment of the end as still running", () => {
    expect(describeCountdown(now, now)).toBe("ends in less than a minute");
  });
});

describe("describeTimeAgo", () => {
  it("picks one whole unit", () => {
    expect(describeTimeAgo(at("2026-11-22T11:59:30Z"), now)).toBe("just now");
    expect(describeTimeAgo(at("2026-11-22T11:55:00Z"), now)).toBe("5 minutes ago");
    expect(describeTimeAgo(at("2026-11-22T09:00:00Z"), now)).toBe("3 hours ago");
    expect(describeTimeAgo(at("2026-11-21T12:00:00Z"), now)).toBe("1 day ago");
    expect(describeTimeAgo(at("2026-08-18T00:00:00Z"), now)).toBe("3 months ago");
    expect(describeTimeAgo(at("2023-01-01T00:00:00Z"), now)).toBe("3 years ago");
  });
  it("never says a future moment is in the past", () => {
    expect(describeTimeAgo(at("2026-11-23T00:00:00Z"), now)).toBe("just now");
  });
});

describe("formatDateTime", () => {
  it("formats in UTC with a 24-hour clock", () => {
    expect(formatDateTime("2026-11-27T09:05:10Z")).toBe("27 Nov 2026, 09:05 UTC");
    expect(formatDateTime("2026-08-18T23:30:00Z")).toBe("18 Aug 2026, 23:30 UTC");
  });
});
