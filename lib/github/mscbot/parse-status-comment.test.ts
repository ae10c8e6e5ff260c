import { describe, expect, it } from "vitest";
import { parseStatusComment } from "./parse-status-comment";

// Built from mscbot-python's template (comment_templates/fcp_proposal.j2 and
// _format_concerns), the format of the real 2021-2024 fixtures plus a concern list.
const FOOTER =
  "Once at least 75% of reviewers approve (and there are no outstanding concerns), this will enter its final " +
  "comment period. If you spot a major issue that hasn't been raised at any point in this process, please speak up!\n\n" +
  "See [this document](https://github.com/matrix-org/mscbot-python/blob/master/docs/user_guide.md) for information " +
  "about what commands tagged team members can give me.";
const statusComment = (votes: string, concerns = "") =>
  "Team member @richvdh has proposed to **close** this. The next step is review by the rest of the tagged people:\n\n" +
  `${votes}\n\n${concerns}\n\n${FOOTER}`;
const VOTES = "- [x] @richvdh\n- [ ] @tulir\n- [x] @clokep\n";

describe("parseStatusComment", () => {
  it("reads proposer, disposition, reviewers and concerns in order", () => {
    const body = statusComment(VOTES, "Concerns:\n\n* ~~Needs an implementation~~\n* Clashes with MSC1234\n");
    expect(parseStatusComment(body)).toEqual({
      kind: "fcp-proposed",
      proposer: "richvdh",
      disposition: "close",
      reviewers: [
        { login: "richvdh", approved: true },
        { login: "tulir", approved: false },
        { login: "clokep", approved: true },
      ],
      concerns: [
        { text: "Needs an implementation", resolved: true },
        { text: "Clashes with MSC1234", resolved: false },
      ],
      cancelled: false,
      cancelledByUrl: null,
    });
  });

  it("reads a status comment whose blank lines were collapsed", () => {
    const body = statusComment(VOTES, "Concerns:\n* ~~a~~\n* b").replace(/\n\n+/g, "\n");
    const parsed = parseStatusComment(body);
    expect(parsed?.reviewers.map((r) => r.login)).toEqual(["richvdh", "tulir", "clokep"]);
    expect(parsed?.concerns).toEqual([
      { text: "a", resolved: true },
      { text: "b", resolved: false },
    ]);
  });

  it("ignores trailing whitespace and an upper-case tick", () => {
    const parsed = parseStatusComment(
      statusComment("- [X] @richvdh  \n- [ ] @tulir\t", "Concerns:\n\n* open one   \n"),
    );
    expect(parsed?.reviewers).toEqual([
      { login: "richvdh", approved: true },
      { login: "tulir", approved: false },
    ]);
    expect(parsed?.concerns).toEqual([{ text: "open one", resolved: false }]);
  });

  it("keeps tildes and backticks inside concern text", () => {
    const concerns = "Concerns:\n\n* ~~`~~` is not valid in `m.text`~~\n* Paths like `~/.config` are not portable\n";
    expect(parseStatusComment(statusComment(VOTES, concerns))?.concerns).toEqual([
      { text: "`~~` is not valid in `m.text`", resolved: true },
      { text: "Paths like `~/.config` are not portable", resolved: false },
    ]);
  });

  it("reads a cancelled status comment and the link of the cancelling comment", () => {
    // mscbot-python prefixes the comment's html_url, a bare URL followed by the full stop.
    const url = "https://github.com/matrix-org/matrix-spec-proposals/pull/2781#issuecomment-2108123456";
    const bare = parseStatusComment(`**This FCP proposal has been cancelled by ${url}.**\n\n${statusComment(VOTES)}`);
    expect(bare).toMatchObject({ kind: "fcp-proposed", proposer: "richvdh", cancelled: true, cancelledByUrl: url });
    expect(bare?.reviewers).toHaveLength(3);

    const markdown = parseStatusComment(
      `**This FCP proposal has been cancelled by [#2781](${url}).**\n${statusComment("")}`,
    );
    expect(markdown).toMatchObject({ cancelled: true, cancelledByUrl: url, reviewers: [] });
  });

  it("records a cancellation even when its link cannot be read", () => {
    const parsed = parseStatusComment(
      `**This FCP proposal has been cancelled by someone.**\n\n${statusComment(VOTES)}`,
    );
    expect(parsed).toMatchObject({ cancelled: true, cancelledByUrl: null });
  });

  it("reads the rfcbot-rs format of 2018: star bullets and where each concern was raised", () => {
    const issue = "https://github.com/matrix-org/matrix-doc/issues/1501";
    const body =
      "Team member @richvdh has proposed to merge this. The next step is review by the rest of the tagged teams:\n\n" +
      "* [x] @richvdh\n* [ ] @erikjohnston\n\nConcerns:\n\n" +
      `* ~~versioning~~ resolved by ${issue}#issuecomment-430000002\n` +
      `* state resolution (${issue}#issuecomment-430000001)\n` +
      `* linked ([comment](${issue}#issuecomment-430000003))\n\n` +
      "Once a majority of reviewers approve (and none object), this will enter its final comment period.";
    expect(parseStatusComment(body)).toMatchObject({
      proposer: "richvdh",
      disposition: "merge",
      reviewers: [
        { login: "richvdh", approved: true },
        { login: "erikjohnston", approved: false },
      ],
      concerns: [
        { text: "versioning", resolved: true },
        { text: "state resolution", resolved: false },
        { text: "linked", resolved: false },
      ],
    });
  });

  it("keeps a parenthesis in concern text that is not an attribution", () => {
    const concerns = "Concerns:\n\n* Unclear (see the thread above)\n* ~~Fixed (mostly)~~\n";
    expect(parseStatusComment(statusComment(VOTES, concerns))?.concerns).toEqual([
      { text: "Unclear (see the thread above)", resolved: false },
      { text: "Fixed (mostly)", resolved: true },
    ]);
  });

  it("does not take reviewers for concerns or concerns for reviewers", () => {
    const parsed = parseStatusComment(statusComment(VOTES, "Concerns:\n\n- dash concern\n"));
    expect(parsed?.reviewers).toHaveLength(3);
    expect(parsed?.concerns).toEqual([{ text: "dash concern", resolved: false }]);
  });

  it("accepts the first mscbot-python template, which broke the line before 'this'", () => {
    const body =
      "Team member @uhoreg has proposed to merge\nthis. The next step is review by the rest of the tagged people:";
    expect(parseStatusComment(body)).toMatchObject({ proposer: "uhoreg", disposition: "merge" });
  });

  it("accepts an rfcbot-era header without the @ before the login", () => {
    const body =
      "Team member ara4n has proposed to postpone this. The next step is review by the rest of the tagged teams:";
    expect(parseStatusComment(body)).toMatchObject({ proposer: "ara4n", disposition: "postpone" });
  });

  it("reports the login an edited header names, even mscbot's own (the caller keeps the first)", () => {
    const edited = statusComment(VOTES).replace("@richvdh has proposed", "@mscbot has proposed");
    expect(parseStatusComment(edited)?.proposer).toBe("mscbot");
  });

  it("rejects unknown dispositions and text that is not a status comment", () => {
    expect(parseStatusComment("Team member @a has proposed to frobnicate this.")).toBeNull();
    expect(parseStatusComment("Team member @a has proposed to **merged** this.")).toBeNull();
    // mscbot-python renders a missing disposition label as None.
    expect(parseStatusComment("Team member @a has proposed to None this.")).toBeNull();
    expect(parseStatusComment(`Hi!\n\n${statusComment(VOTES)}`)).toBeNull();
    expect(parseStatusComment("- [x] @richvdh\n- [ ] @tulir")).toBeNull();
  });
});
