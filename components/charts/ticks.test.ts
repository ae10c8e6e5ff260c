import { describe, expect, it } from "vitest";
import { yearTicks } from "./ticks";

describe("yearTicks", () => {
  it("puts a tick where each year starts, the first key included", () => {
    expect(yearTicks(["2025-11", "2025-12", "2026-01", "2026-02"])).toEqual([
      { index: 0, label: "2025" },
      { index: 2, label: "2026" },
    ]);
  });

  it("thins ticks so that at most max remain", () => {
    const quarters = Array.from({ length: 40 }, (_, i) => `${2000 + Math.floor(i / 4)} Q${(i % 4) + 1}`);
    const ticks = yearTicks(quarters, 4);
    expect(ticks.map((t) => t.label)).toEqual(["2000", "2003", "2006", "2009"]);
  });
});
