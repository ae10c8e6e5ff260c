import { describe, expect, it } from "vitest";
import type { FcpEntryDto } from "./fcp-entry";
import { groupAwaitingReview } from "./group-awaiting-review";

function entry(number: number, not_voted: string[], positioned: string[], has_record = true): FcpEntryDto {
  return {
    number,
    title: `MSC${number}`,
    phase: "proposed",
    has_record,
    disposition: "merge",
    proposed_by: null,
    proposed_at: null,
    started_at: null,
    ends_at: null,
    progress: `${positioned.length} of 8 approvals`,
    open_concerns: [],
    not_voted,
    positioned,
  };
}

describe("groupAwaitingReview", () => {
  const rounds = [entry(4354, ["dbkr", "uhoreg"], ["ara4n"]), entry(4300, ["uhoreg"], ["ara4n", "dbkr"])];

  it("lists every current member, alphabetically, with the rounds where they have no position", () => {
    expect(groupAwaitingReview(["uhoreg", "ara4n", "dbkr", "tulir"], rounds)).toEqual({
      team_known: true,
      members: [
        { login: "ara4n", awaiting: [] },
        { login: "dbkr", awaiting: [{ number: 4354, title: "MSC4354" }] },
        // Joined after both rounds were proposed: on neither roster, yet owes both a position.
        {
          login: "tulir",
          awaiting: [
            { number: 4354, title: "MSC4354" },
            { number: 4300, title: "MSC4300" },
          ],
        },
        {
          login: "uhoreg",
          awaiting: [
            { number: 4354, title: "MSC4354" },
            { number: 4300, title: "MSC4300" },
          ],
        },
      ],
    });
  });

  it("matches logins case-insensitively, as GitHub does", () => {
    const result = groupAwaitingReview(["Ara4n"], rounds);
    expect(result.members).toEqual([{ login: "Ara4n", awaiting: [] }]);
  });

  it("falls back to the rounds' own lists when the team is unknown", () => {
    expect(groupAwaitingReview([], rounds)).toEqual({
      team_known: false,
      members: [
        { login: "dbkr", awaiting: [{ number: 4354, title: "MSC4354" }] },
        {
          login: "uhoreg",
          awaiting: [
            { number: 4354, title: "MSC4354" },
            { number: 4300, title: "MSC4300" },
          ],
        },
      ],
    });
  });

  it("skips MSCs whose FCP has no vote record: there is nothing to review there", () => {
    const result = groupAwaitingReview(["dbkr"], [entry(4362, [], [], false)]);
    expect(result.members).toEqual([{ login: "dbkr", awaiting: [] }]);
  });
});
