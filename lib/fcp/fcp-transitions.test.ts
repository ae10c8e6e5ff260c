import { describe, expect, it } from "vitest";
import { fcpEndsAt } from "./fcp-transitions";

describe("fcpEndsAt", () => {
  const start = new Date("2026-03-01T12:00:00.000Z");

  it("adds whole calendar days", () => {
    expect(fcpEndsAt(start, 5).toISOString()).toBe("2026-03-06T12:00:00.000Z");
  });

  it("adds fractions of a day to the millisecond, for short FCPs in tests", () => {
    expect(fcpEndsAt(start, 0.0001).toISOString()).toBe("2026-03-01T12:00:08.640Z");
    // 0.00007 days is 6,047.999... ms in floating point: rounded, not cut, to 6,048.
    expect(fcpEndsAt(start, 0.00007).getTime() - start.getTime()).toBe(6_048);
  });
});
