import { describe, expect, it } from "vitest";
import { parseProposalQuery } from "./proposal-query";

const parse = (query: string) => parseProposalQuery(new URLSearchParams(query));

describe("parseProposalQuery", () => {
  it("applies defaults and reads every parameter", () => {
    expect(parse("")).toEqual({ query: { page: 1, per_page: 50 } });
    expect(parse("status=fcp&kind=core&q=%20sync%20&page=3&per_page=1000")).toEqual({
      query: { status: "fcp", kind: "core", q: "sync", page: 3, per_page: 1000 },
    });
    expect(parse("status=&q=")).toEqual({ query: { page: 1, per_page: 50 } });
  });

  it("refuses bad values with a sentence naming the parameter", () => {
    expect(parse("status=accepted")).toEqual({
      error: expect.stringMatching(/^status must be one of: draft, in-review/),
    });
    expect(parse("per_page=1001")).toEqual({ error: "per_page must be a whole number from 1 to 1000." });
    expect(parse("per_page=ten")).toEqual({ error: "per_page must be a whole number from 1 to 1000." });
    expect(parse("page=0")).toEqual({ error: "page must be a whole number from 1." });
  });
});
