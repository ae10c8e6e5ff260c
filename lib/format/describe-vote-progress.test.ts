import { describe, expect, it } from "vitest";
import { describeVoteProgress } from "./describe-vote-progress";

describe("describeVoteProgress", () => {
  it("says approvals against the threshold and the open concerns", () => {
    expect(describeVoteProgress({ approvals: 7, required: 8, open_concerns: 1 })).toBe("7 of 8 needed, 1 concern");
    expect(describeVoteProgress({ approvals: 2, required: 6, open_concerns: 3 })).toBe("2 of 6 needed, 3 concerns");
  });
  it("says so when nothing blocks", () => {
    expect(describeVoteProgress({ approvals: 8, required: 8, open_concerns: 0 })).toBe("8 of 8 needed, no concerns");
  });
});
