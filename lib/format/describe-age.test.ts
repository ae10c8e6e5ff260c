import { describe, expect, it } from "vitest";
import { describeAge, formatDate } from "./describe-age";

describe("describeAge", () => {
  const now = new Date("2026-11-22T12:00:00Z");
  it("counts whole days", () => {
    expect(describeAge(new Date("2026-11-22T01:00:00Z"), now)).toBe("updated today");
    expect(describeAge(new Date("2026-11-21T11:00:00Z"), now)).toBe("1 day old");
    expect(describeAge(new Date("2026-08-18T00:00:00Z"), now)).toBe("96 days old");
  });
  it("never reports a negative age for data stamped in the future", () => {
    expect(describeAge(new Date("2026-11-23T00:00:00Z"), now)).toBe("updated today");
  });
});

describe("formatDate", () => {
  it("formats in UTC", () => {
    expect(formatDate("2026-08-18T23:30:00Z")).toBe("18 Aug 2026");
  });
});
