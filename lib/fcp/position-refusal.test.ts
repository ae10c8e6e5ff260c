import { describe, expect, it } from "vitest";
import type { BallotEntryDto, FcpRoundDto } from "./fcp-dto";
import { positionRefusal } from "./position-refusal";

const entry = (login: string, on_team: boolean): BallotEntryDto => ({
  login,
  position: "none",
  at: null,
  rationale: null,
  counted: on_team,
  on_roster: true,
  on_team,
});

const round = (phase: FcpRoundDto["phase"]) =>
  ({ phase, roster: [entry("alice", true), entry("dave", false)] }) as FcpRoundDto;

describe("positionRefusal", () => {
  it("admits a member of the counting team, in any case", () => {
    expect(positionRefusal(round("proposed"), "Alice")).toBeNull();
    expect(positionRefusal(round("active"), "alice")).toBeNull();
  });

  it("refuses a departed member and someone never on the team", () => {
    expect(positionRefusal(round("proposed"), "dave")).toMatchObject({
      status: 403,
      message: /not on the Spec Core Team/,
    });
    expect(positionRefusal(round("proposed"), "mallory")).toMatchObject({ status: 403 });
  });

  it("refuses once the round is closed", () => {
    expect(positionRefusal(round("finished"), "alice")).toEqual({
      status: 409,
      message: "This FCP is finished: positions can no longer change.",
    });
    expect(positionRefusal(round("cancelled"), "alice")).toMatchObject({ status: 409, message: /cancelled/ });
  });
});
