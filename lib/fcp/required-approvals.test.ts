import { describe, expect, it } from "vitest";
import { requiredApprovals, thresholdReached } from "./required-approvals";

describe("requiredApprovals", () => {
  it("is 75 % of the base, rounded up, as MSC-PROCESS.md's examples", () => {
    expect(requiredApprovals(10, 75)).toBe(8);
    expect(requiredApprovals(8, 75)).toBe(6);
    expect(requiredApprovals(9, 75)).toBe(7);
    expect(requiredApprovals(4, 75)).toBe(3);
    expect(requiredApprovals(1, 75)).toBe(1);
  });

  it("does not ask for one more because of float noise", () => {
    expect(requiredApprovals(10, 70)).toBe(7);
    expect(requiredApprovals(3, 100 / 3)).toBe(1);
    expect(requiredApprovals(7, 100)).toBe(7);
  });

  it("follows the configured percentage", () => {
    expect(requiredApprovals(10, 50)).toBe(5);
    expect(requiredApprovals(10, 51)).toBe(6);
  });

  it("is zero for an empty base, which never reaches the threshold", () => {
    expect(requiredApprovals(0, 75)).toBe(0);
    expect(thresholdReached(0, 0, 75)).toBe(false);
  });

  it("is reached at exactly the required count", () => {
    expect(thresholdReached(7, 10, 75)).toBe(false);
    expect(thresholdReached(8, 10, 75)).toBe(true);
    expect(thresholdReached(6, 8, 75)).toBe(true);
  });
});
