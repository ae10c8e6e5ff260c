import { describe, expect, it } from "vitest";
import { buildBallot, countApprovals, quorumBase } from "./ballot";
import { latestPositions, type VoteFact } from "./latest-positions";

const vote = (memberLogin: string, position: VoteFact["position"]): VoteFact => ({
  memberLogin,
  position,
  rationale: position === "recuse" ? "I wrote it" : null,
  at: new Date("2026-01-02"),
});

describe("buildBallot", () => {
  const ballot = buildBallot(
    ["carol", "alice", "left"],
    ["alice", "bob", "carol", "dave"],
    latestPositions([
      vote("alice", "approve"),
      vote("bob", "abstain"),
      vote("carol", "recuse"),
      vote("left", "approve"),
    ]),
  );

  it("lists roster, team and voters once each, by login", () => {
    expect(ballot.map((e) => e.login)).toEqual(["alice", "bob", "carol", "dave", "left"]);
    expect(ballot.find((e) => e.login === "carol")).toMatchObject({ rationale: "I wrote it", counted: false });
  });

  it("counts team members who did not recuse, and only their approvals", () => {
    // alice (approve), bob (abstain), dave (no vote): carol recused, left is off the team.
    expect(quorumBase(ballot)).toBe(3);
    expect(countApprovals(ballot)).toBe(1);
  });
});
