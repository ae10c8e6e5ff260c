import { describe, expect, it } from "vitest";
import {
  earliest,
  latest,
  monthKey,
  monthLabel,
  monthsBefore,
  monthsBetween,
  quarterKey,
  quartersBetween,
} from "./calendar";

const t = (iso: string) => Date.parse(iso);

describe("calendar buckets", () => {
  it("names months and quarters in UTC", () => {
    expect(monthKey(t("2026-08-31T23:59:59Z"))).toBe("2026-08");
    expect(quarterKey(t("2026-07-01T00:00:00Z"))).toBe("2026 Q3");
    expect(quarterKey(t("2026-06-30T23:59:59Z"))).toBe("2026 Q2");
  });

  it("lists every month and quarter between two instants, both ends included", () => {
    expect(monthsBetween(t("2025-11-20T00:00:00Z"), t("2026-02-01T00:00:00Z")).map(monthKey)).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
    ]);
    expect(quartersBetween(t("2025-12-31T00:00:00Z"), t("2026-04-01T00:00:00Z"))).toEqual([
      "2025 Q4",
      "2026 Q1",
      "2026 Q2",
    ]);
  });

  it("goes back calendar months, clamping the day to shorter months", () => {
    expect(monthsBefore(t("2026-08-18T12:00:00Z"), 6)).toBe(t("2026-02-18T12:00:00Z"));
    expect(monthsBefore(t("2026-03-31T00:00:00Z"), 1)).toBe(t("2026-02-28T00:00:00Z"));
    expect(monthsBefore(t("2026-01-15T00:00:00Z"), 12)).toBe(t("2025-01-15T00:00:00Z"));
  });

  it("picks the earliest and latest known time", () => {
    expect(earliest([null, 5, 3, null])).toBe(3);
    expect(latest([null, 5, 3])).toBe(5);
    expect(earliest([null])).toBeNull();
  });

  it("spells a month key out for people", () => {
    expect(monthLabel("2026-08")).toBe("Aug 2026");
    expect(monthLabel("2018-01")).toBe("Jan 2018");
  });
});
