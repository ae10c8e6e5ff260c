import { describe, expect, it } from "vitest";
import { displayTitle, feedPath, parseProposalNumber } from "./proposal-page-paths";

describe("parseProposalNumber", () => {
  it("accepts plain positive integers only", () => {
    expect(parseProposalNumber("4174")).toBe(4174);
    for (const raw of ["0", "-1", "0042", "4e3", "12abc", "", "1.5", "9999999999"])
      expect(parseProposalNumber(raw)).toBeNull();
  });
});

describe("displayTitle", () => {
  it("keeps a title that already names the MSC", () => {
    expect(displayTitle(4174, "MSC4174: Web push")).toBe("MSC4174: Web push");
    expect(displayTitle(4174, "[WIP] MSC4174: Web push")).toBe("[WIP] MSC4174: Web push");
    expect(displayTitle(4448, "Add MSC4448: Preview URL Site Logos")).toBe("Add MSC4448: Preview URL Site Logos");
  });
  it("puts the real number in front of placeholders and bare titles", () => {
    expect(displayTitle(4131, "MSCxxxx: Handling events")).toBe("MSC4131: Handling events");
    expect(displayTitle(4139, "MSC: Bot buttons")).toBe("MSC4139: Bot buttons");
    expect(displayTitle(4226, "MSC0000: Reports as rooms.")).toBe("MSC4226: Reports as rooms.");
    expect(displayTitle(4192, "Comparison of proposals")).toBe("MSC4192: Comparison of proposals");
    // The PR number is the MSC number (MSC-PROCESS.md), even when the title says otherwise.
    expect(displayTitle(4282, "MSC4280: Interactive messages")).toBe("MSC4282: Interactive messages");
  });
});

describe("feedPath", () => {
  it("names the per-MSC Atom feed", () => {
    expect(feedPath(4174)).toBe("/feeds/proposals/4174.atom");
  });
});
