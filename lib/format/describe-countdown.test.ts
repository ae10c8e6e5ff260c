import { describe, expect, it } from "vitest";
import { countdownText, describeCountdown, describeDuration, formatDateTime } from "./describe-countdown";

describe("formatDateTime", () => {
  it("formats in UTC with a 24-hour clock", () => {
    expect(formatDateTime("2026-11-27T14:00:10Z")).toBe("27 Nov 2026 14:00 UTC");
    expect(formatDateTime("2026-11-27T00:05:00+02:00")).toBe("26 Nov 2026 22:05 UTC");
  });
});

describe("describeDuration", () => {
  const h = 3_600_000;
  it("keeps the two largest units, rounded down", () => {
    expect(describeDuration(52 * h + 59 * 60_000)).toBe("2 days 4 hours");
    expect(describeDuration(24 * h)).toBe("1 day");
    expect(describeDuration(3 * h + 12 * 60_000 + 59_000)).toBe("3 hours 12 minutes");
    expect(describeDuration(h)).toBe("1 hour");
    expect(describeDuration(60_000)).toBe("1 minute");
    expect(describeDuration(59_999)).toBe("less than a minute");
  });
});

describe("describeCountdown", () => {
  const endsAt = "2026-11-27T14:00:10Z";
  it("counts down to the end while the period runs", () => {
    const countdown = describeCountdown(endsAt, new Date("2026-11-25T10:00:00Z"), 1);
    expect(countdown).toEqual({ before: "Ends in 2 days 4 hours, on", at: endsAt, after: "." });
    expect(countdownText(countdown)).toBe("Ends in 2 days 4 hours, on 27 Nov 2026 14:00 UTC.");
  });
  it("says an elapsed period still waits for open concerns", () => {
    const text = countdownText(describeCountdown(endsAt, new Date("2026-11-28T00:00:00Z"), 1));
    expect(text).toBe("Period over on 27 Nov 2026 14:00 UTC; waiting for 1 concern to be resolved.");
    expect(countdownText(describeCountdown(endsAt, new Date("2026-11-28T00:00:00Z"), 2))).toContain("2 concerns");
  });
  it("says an elapsed period without concerns waits only for the bot", () => {
    const text = countdownText(describeCountdown(endsAt, new Date(Date.parse(endsAt)), 0));
    expect(text).toBe("Period over on 27 Nov 2026 14:00 UTC; waiting for mscbot to mark it finished.");
  });
});
