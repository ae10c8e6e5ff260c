import { describe, expect, it } from "vitest";
import { parseStalledMonths } from "./stalled-months-param";

describe("parseStalledMonths", () => {
  it("defaults to six months when absent", () => {
    expect(parseStalledMonths(undefined)).toEqual({ months: 6, error: null });
  });

  it("accepts a whole number of months, the first when repeated", () => {
    expect(parseStalledMonths("12")).toEqual({ months: 12, error: null });
    expect(parseStalledMonths(["3", "9"])).toEqual({ months: 3, error: null });
  });

  it.each(["abc", "0", "-2", "1.5", "121", "", "1e9"])("explains %j and falls back to six", (raw) => {
    const result = parseStalledMonths(raw);
    expect(result.months).toBe(6);
    expect(result.error).toMatch(/stalled_months must be a whole number from 1 to 120/);
  });
});
