import { describe, expect, it } from "vitest";
import {
  cancelFcpForm,
  fcpSectionPath,
  proposeFcpForm,
  raiseConcernForm,
  recordPositionForm,
  resolveConcernForm,
} from "./fcp-form-routes";
import { recordPositionInput, resolveConcernInput } from "./fcp-inputs";

describe("the FCP form routes", () => {
  it("take the MSC, round and concern from the URL, in the names the inputs expect", () => {
    expect(proposeFcpForm.fromParams!({ number: "4426" })).toEqual({ proposalNumber: "4426" });
    expect(recordPositionForm.fromParams!({ number: "4426", round: "12" })).toEqual({
      proposalNumber: "4426",
      roundId: "12",
    });
    expect(cancelFcpForm.fromParams!({ number: "4426", round: "12" })).toEqual({
      proposalNumber: "4426",
      roundId: "12",
    });
    expect(raiseConcernForm.fromParams!({ number: "4426" })).toEqual({ proposalNumber: "4426" });
    expect(resolveConcernForm.fromParams!({ number: "4426", id: "7" })).toEqual({
      proposalNumber: "4426",
      concernId: "7",
    });
    // The URL's strings parse as the action's input, so a form needs no hidden fields.
    const position = { ...recordPositionForm.fromParams!({ number: "4426", round: "12" }), position: "approve" };
    expect(recordPositionInput.parse(position)).toMatchObject({ proposalNumber: 4426, roundId: 12 });
    // A resolve form carrying a text too still resolves the concern its URL names.
    const resolve = { text: "another one", ...resolveConcernForm.fromParams!({ number: "4426", id: "7" }) };
    expect(resolveConcernInput.parse(resolve)).toEqual({ proposalNumber: 4426, concernId: 7 });
  });

  it("return to the MSC page's FCP section, with the number kept inside the path", () => {
    expect(raiseConcernForm.redirectTo({ number: "4426" })).toBe("/proposals/4426#fcp");
    expect(fcpSectionPath("../admin?x=1")).toBe("/proposals/..%2Fadmin%3Fx%3D1#fcp");
  });

  it("say what happened, and what a change set in motion", () => {
    expect(proposeFcpForm.successMessage({ roundId: 1, started: false })).toMatch(/^FCP proposed, with your approval/);
    expect(proposeFcpForm.successMessage({ roundId: 1, started: true })).toMatch(/already started/);
    const recorded = { roundId: 1, started: false, finished: false };
    expect(recordPositionForm.successMessage({ ...recorded, position: "abstain" })).toBe(
      "Your position is recorded: you abstain.",
    );
    expect(recordPositionForm.successMessage({ ...recorded, position: "approve", started: true })).toMatch(
      /you approve\. .*has started\.$/,
    );
    expect(resolveConcernForm.successMessage({ concernId: 3, started: false, finished: true })).toBe(
      "Concern resolved. The final comment period is now complete.",
    );
    expect(cancelFcpForm.successMessage({ roundId: 1 })).toMatch(/^FCP cancelled\./);
  });
});
