import { describe, expect, it } from "vitest";
import type { BallotEntryDto } from "../fcp/fcp-dto";
import { combineFcpEntries, type FcpLabelledProposal } from "./combine-fcp-entries";
import type { FcpRoundWithProposal } from "../fcp/list-fcp-rounds";

function ballot(login: string, position: BallotEntryDto["position"], on_team = true): BallotEntryDto {
  return { login, position, at: null, rationale: null, counted: on_team, on_roster: true, on_team };
}

function round(number: number, overrides: Partial<FcpRoundWithProposal> = {}): FcpRoundWithProposal {
  return {
    id: number,
    proposal_number: number,
    proposal_title: `MSC${number}: from the round`,
    disposition: "merge",
    phase: "proposed",
    proposed_by: "richvdh",
    proposed_at: "2026-11-01T00:00:00.000Z",
    started_at: null,
    ends_at: null,
    completed_at: null,
    required: 8,
    approvals: 7,
    roster: [],
    concerns: [],
    quorum_base: 10,
    open_concerns: 0,
    cancelled_at: null,
    cancelled_by: null,
    cancel_reason: null,
    run_here: false,
    ...overrides,
  };
}

const labelled = (number: number, status: FcpLabelledProposal["status"], labels: string[] = []) => ({
  number,
  title: `MSC${number}: from the labels`,
  status,
  labels,
});

describe("combineFcpEntries", () => {
  it("takes progress, open concerns and who has not voted from the round", () => {
    const { proposed } = combineFcpEntries(
      [labelled(4354, "proposed-fcp")],
      [
        round(4354, {
          roster: [
            ballot("uhoreg", "none"),
            ballot("Ara4n", "approve"),
            ballot("dbkr", "none"),
            ballot("gone", "none", false),
          ],
          concerns: [
            {
              id: 1,
              text: "needs tests",
              raised_by: "dbkr",
              raised_at: "",
              resolved: false,
              resolved_by: null,
              resolved_at: null,
            },
            { id: 2, text: "old", raised_by: "dbkr", raised_at: "", resolved: true, resolved_by: "x", resolved_at: "" },
          ],
          open_concerns: 1,
        }),
      ],
    );
    expect(proposed).toEqual([
      expect.objectContaining({
        number: 4354,
        title: "MSC4354: from the labels",
        has_record: true,
        progress: "7 of 8 approvals, 1 open concern",
        open_concerns: ["needs tests"],
        // Alphabetical; a member no longer on the team is not chased.
        not_voted: ["dbkr", "uhoreg"],
        positioned: ["Ara4n"],
      }),
    ]);
  });

  it("lists an MSC with FCP labels and no round, marked as having no record", () => {
    const { active, proposed } = combineFcpEntries(
      [labelled(4362, "fcp", ["disposition-close", "final-comment-period"]), labelled(4300, "proposed-fcp")],
      [],
    );
    expect(active).toEqual([
      expect.objectContaining({
        number: 4362,
        phase: "active",
        has_record: false,
        disposition: "close",
        ends_at: null,
      }),
    ]);
    expect(proposed).toEqual([expect.objectContaining({ number: 4300, has_record: false, disposition: null })]);
  });

  it("lets the round decide the phase when labels lag behind", () => {
    const { active, proposed } = combineFcpEntries(
      [labelled(4354, "proposed-fcp")],
      [round(4354, { phase: "active", ends_at: "2026-11-27T00:00:10.000Z" })],
    );
    expect(proposed).toEqual([]);
    expect(active.map((e) => [e.number, e.has_record])).toEqual([[4354, true]]);
  });

  it("ignores labels of a status outside FCP, and finished or cancelled rounds", () => {
    const { active, proposed } = combineFcpEntries(
      [labelled(1, "in-review")],
      [round(2, { phase: "finished" }), round(3, { phase: "cancelled" })],
    );
    expect([...active, ...proposed]).toEqual([]);
  });

  it("orders running FCPs by end, soonest first, and proposed ones oldest first, records before labels", () => {
    const { active, proposed } = combineFcpEntries(
      [labelled(10, "fcp"), labelled(11, "proposed-fcp")],
      [
        round(20, { phase: "active", ends_at: "2026-11-30T00:00:00Z" }),
        round(21, { phase: "active", ends_at: "2026-11-25T00:00:00Z" }),
        round(30, { proposed_at: "2026-11-10T00:00:00Z" }),
        round(31, { proposed_at: "2026-10-01T00:00:00Z" }),
      ],
    );
    expect(active.map((e) => e.number)).toEqual([21, 20, 10]);
    expect(proposed.map((e) => e.number)).toEqual([31, 30, 11]);
  });

  it("keeps the newest round when an MSC has two open ones", () => {
    const { proposed } = combineFcpEntries(
      [],
      [
        round(5, { id: 2, proposed_at: "2026-11-10T00:00:00Z", approvals: 2 }),
        round(5, { id: 1, proposed_at: "2026-10-01T00:00:00Z", approvals: 1 }),
      ],
    );
    expect(proposed.map((e) => [e.number, e.progress, e.title])).toEqual([
      [5, "2 of 8 approvals", "MSC5: from the round"],
    ]);
  });
});
