import { describe, expect, it } from "vitest";
import { deriveStatus } from "./status";
import { labelsForStatus, latestRound, type LatestRoundFacts } from "./status-overlay";

const T = new Date("2026-05-01T00:00:00Z");
const round = (times: Partial<LatestRoundFacts> = {}): LatestRoundFacts => ({
  source: "web",
  disposition: "merge",
  startedAt: null,
  completedAt: null,
  cancelledAt: null,
  ...times,
});
const status = (labels: string[], latest: LatestRoundFacts | null) =>
  deriveStatus({ githubState: "open", merged: false, draft: false, labels: labelsForStatus(labels, latest) });

describe("labelsForStatus", () => {
  it("moves an app-run round's MSC through the FCP statuses before GitHub's labels do", () => {
    const github = ["proposal", "kind:feature"];
    expect(status(github, round())).toBe("proposed-fcp");
    expect(status(github, round({ startedAt: T }))).toBe("fcp");
    expect(status(github, round({ startedAt: T, completedAt: T }))).toBe("fcp-finished");
    expect(status(github, round({ disposition: "postpone", startedAt: T, completedAt: T }))).toBe("postponed");
    // Cancelling drops back, even past FCP labels GitHub still shows.
    expect(status([...github, "proposed-final-comment-period"], round({ cancelledAt: T }))).toBe("in-review");
    expect(labelsForStatus(github, round())).toEqual([
      "proposal",
      "kind:feature",
      "disposition-merge",
      "proposed-final-comment-period",
    ]);
  });

  it("leaves GitHub's labels alone without a round or for a round imported from mscbot", () => {
    const github = ["proposal", "final-comment-period"];
    expect(labelsForStatus(github, null)).toBe(github);
    expect(labelsForStatus(github, undefined)).toBe(github);
    expect(labelsForStatus(github, round({ source: "mscbot", cancelledAt: T }))).toBe(github);
    expect(status(github, round({ source: "sync" }))).toBe("fcp");
  });
});

describe("latestRound", () => {
  it("takes the highest proposal time, then the highest id", () => {
    const at = (iso: string) => new Date(iso);
    const rounds = [
      { id: 3, proposedAt: at("2026-01-01T00:00:00Z") },
      { id: 1, proposedAt: at("2026-02-01T00:00:00Z") },
      { id: 2, proposedAt: at("2026-02-01T00:00:00Z") },
    ];
    expect(latestRound(rounds)?.id).toBe(2);
    expect(latestRound([rounds[0]!, rounds[1]!])?.id).toBe(1);
    expect(latestRound([])).toBeNull();
  });
});
