import { describe, expect, it } from "vitest";
import { firstFcpStart } from "./first-fcp-start";

const fcp = (action: "added" | "removed", at: number) => ({ label: "final-comment-period" as const, action, at });

describe("firstFcpStart", () => {
  it("prefers the earliest recorded FCP round start", () => {
    expect(firstFcpStart([300, null, 200], [fcp("added", 100)])).toBe(200);
  });

  it("falls back to the first final-comment-period label added", () => {
    expect(
      firstFcpStart(
        [null],
        [
          { label: "proposed-final-comment-period", action: "added", at: 10 },
          fcp("removed", 20),
          fcp("added", 50),
          fcp("added", 40),
        ],
      ),
    ).toBe(40);
  });

  it("is unknown without either", () => {
    expect(firstFcpStart([], [])).toBeNull();
  });
});
