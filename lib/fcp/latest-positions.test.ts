import { describe, expect, it } from "vitest";
import { latestPositions, type VoteFact } from "./latest-positions";

const vote = (memberLogin: string, position: VoteFact["position"], at: string): VoteFact => ({
  memberLogin,
  position,
  rationale: null,
  at: new Date(at),
});

describe("latestPositions", () => {
  it("keeps each member's latest vote, whatever order the rows come in", () => {
    const latest = latestPositions([
      vote("alice", "none", "2026-01-05"),
      vote("alice", "approve", "2026-01-02"),
      vote("bob", "approve", "2026-01-03"),
    ]);
    expect(latest.get("alice")?.position).toBe("none");
    expect(latest.get("bob")?.position).toBe("approve");
  });

  it("lets the row given last win among rows at the same instant", () => {
    const latest = latestPositions([vote("alice", "approve", "2026-01-02"), vote("alice", "abstain", "2026-01-02")]);
    expect(latest.get("alice")?.position).toBe("abstain");
  });

  it("keys members by lower-cased login", () => {
    const latest = latestPositions([vote("Alice", "approve", "2026-01-02"), vote("alice", "recuse", "2026-01-03")]);
    expect([...latest.keys()]).toEqual(["alice"]);
    expect(latest.get("alice")?.position).toBe("recuse");
  });
});
