import { describe, expect, it } from "vitest";
import { parseProposalBody, type ProposalMetadata } from "./parse-proposal-body";

const EMPTY: ProposalMetadata = {
  authors: [],
  shepherds: [],
  relatedPrs: [],
  date: null,
  documentation: [],
  renderedUrl: null,
};
const RENDERED =
  "https://github.com/matrix-org/matrix-spec-proposals/blob/travis/msc/reply-fallbacks/proposals/2781-remove-reply-fallbacks.md";
// The PR template's checklist (matrix-spec-proposals .github/PULL_REQUEST_TEMPLATE).
const CHECKLIST =
  '<!-- Put your "rendered" link here -->\n\n### Pull Request Checklist\n\n' +
  "<!-- Please read CONTRIBUTING.md before submitting your pull request -->\n\n" +
  "* [x] Pull request includes a [sign off](https://github.com/matrix-org/matrix-spec-proposals/blob/main/CONTRIBUTING.md#sign-off)\n" +
  "* [x] Pull request includes a ['Rendered' link](https://matrix.org/docs/spec/proposals#process) above.\n";

describe("parseProposalBody", () => {
  it("returns empty metadata for a missing or empty description", () => {
    expect(parseProposalBody(null)).toEqual(EMPTY);
    expect(parseProposalBody("")).toEqual(EMPTY);
  });

  it("reads a templated description: rendered link above the checklist", () => {
    expect(parseProposalBody(`[Rendered](${RENDERED})\n\n${CHECKLIST}`)).toEqual({ ...EMPTY, renderedUrl: RENDERED });
  });

  it("does not take the checklist's 'Rendered' link for the proposal's", () => {
    expect(parseProposalBody(CHECKLIST).renderedUrl).toBeNull();
  });

  it("reads every metadata field", () => {
    const body = [
      "Author: @turt2live, @richvdh",
      "Shepherd: @uhoreg",
      "PRs: #1234, #1240",
      "Date: 2018-05-15",
      "Documentation: https://docs.google.com/document/d/1abc/edit, https://example.org/design",
      "",
      "Rendered: https://github.com/matrix-org/matrix-spec-proposals/blob/main/proposals/1234-x.md",
    ].join("\n");
    expect(parseProposalBody(body)).toEqual({
      authors: ["turt2live", "richvdh"],
      shepherds: ["uhoreg"],
      relatedPrs: [1234, 1240],
      date: "2018-05-15",
      documentation: ["https://docs.google.com/document/d/1abc/edit", "https://example.org/design"],
      renderedUrl: "https://github.com/matrix-org/matrix-spec-proposals/blob/main/proposals/1234-x.md",
    });
  });

  it("counts every metadata line, merging and deduplicating values", () => {
    const body =
      "Author: @a, @b\nSome prose.\nAuthors: @b, @c\nauthor: @A\nPRs: #1\nPR: #2, #1\nShepherd: @s\nshepherd: @t";
    expect(parseProposalBody(body)).toMatchObject({
      authors: ["a", "b", "c"],
      shepherds: ["s", "t"],
      relatedPrs: [1, 2],
    });
  });

  it("accepts bold keys, list bullets and any key case", () => {
    const body =
      "**Author:** @a\n**Shepherd**: @b\n- PRS: #3\n* __Date__: 2020-02-29\n+ DOCUMENTATION: https://x.test/doc";
    expect(parseProposalBody(body)).toEqual({
      ...EMPTY,
      authors: ["a"],
      shepherds: ["b"],
      relatedPrs: [3],
      date: "2020-02-29",
      documentation: ["https://x.test/doc"],
    });
  });

  it("reads metadata only at line start", () => {
    expect(parseProposalBody("The Author: @a line is prose.\nSee the PRs: #1 mentioned.")).toEqual(EMPTY);
    expect(parseProposalBody("Authors note: @a wrote this")).toEqual(EMPTY);
  });

  it("reads related PRs as #N, same-repository URLs and markdown links to them", () => {
    const body =
      "PRs: #1, https://github.com/matrix-org/matrix-doc/pull/2, https://github.com/matrix-org/matrix-doc/pulls/3, " +
      "[#4](https://github.com/matrix-org/matrix-spec-proposals/pull/4), matrix-org/matrix-doc#5, " +
      "https://github.com/matrix-org/matrix-spec-proposals/pull/6/files.";
    expect(parseProposalBody(body).relatedPrs).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("leaves out other repositories' PRs and bare numbers", () => {
    const body = "PRs: https://github.com/matrix-org/synapse/pull/456, element-hq/synapse#7, 12, #8 (2 of them)";
    expect(parseProposalBody(body).relatedPrs).toEqual([8]);
  });

  it("reads documentation URLs from markdown links and angle brackets, and skips prose", () => {
    const body = "Documentation: [design doc](https://x.test/a), <https://x.test/b>, the Google doc, https://x.test/a";
    expect(parseProposalBody(body).documentation).toEqual(["https://x.test/a", "https://x.test/b"]);
  });

  it("takes the first valid date and rejects impossible ones", () => {
    expect(parseProposalBody("Date: 2019-02-30\nDate: 2019-03-01\nDate: 2019-04-01").date).toBe("2019-03-01");
    expect(parseProposalBody("Date: 2019-3-1").date).toBeNull();
    expect(parseProposalBody("Date: 2019-03-01T10:00:00Z").date).toBe("2019-03-01");
    expect(parseProposalBody("Date: 20190301").date).toBeNull();
  });

  it("reads the rendered link in its written forms, first one winning", () => {
    expect(parseProposalBody("[rendered](https://x.test/1)").renderedUrl).toBe("https://x.test/1");
    expect(parseProposalBody("[Rendered version](https://x.test/2)").renderedUrl).toBe("https://x.test/2");
    expect(parseProposalBody("Some intro. [Rendered](<https://x.test/3>)").renderedUrl).toBe("https://x.test/3");
    expect(parseProposalBody("Rendered: <https://x.test/4>.").renderedUrl).toBe("https://x.test/4");
    expect(parseProposalBody("**Rendered:** [here](https://x.test/5)").renderedUrl).toBe("https://x.test/5");
    expect(parseProposalBody("Rendered: https://x.test/6\n[Rendered](https://x.test/7)").renderedUrl).toBe(
      "https://x.test/6",
    );
  });

  it("does not read a rendered link from prose that merely mentions rendering", () => {
    expect(parseProposalBody("Rendered output is broken on https://x.test/8").renderedUrl).toBeNull();
  });

  it("ignores HTML comments and fenced code", () => {
    const body =
      "<!-- Author: @hidden -->\n<!--\n[Rendered](https://x.test/hidden)\n-->\n" +
      "```\nAuthor: @example\nPRs: #9\n```\nAuthor: @real";
    expect(parseProposalBody(body)).toEqual({ ...EMPTY, authors: ["real"] });
  });

  it("reads CRLF descriptions, trailing whitespace and markdown hard breaks", () => {
    const body = "Author: @a  \r\nShepherd: @b\\\r\nDate: 2021-06-01 \r\n[Rendered](https://x.test/r)\r\n";
    expect(parseProposalBody(body)).toEqual({
      ...EMPTY,
      authors: ["a"],
      shepherds: ["b"],
      date: "2021-06-01",
      renderedUrl: "https://x.test/r",
    });
  });
});
