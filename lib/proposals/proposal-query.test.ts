import { describe, expect, it } from "vitest";
import { effectiveSort, parseProposalQuery } from "./proposal-query";

const parse = (query: string) => parseProposalQuery(new URLSearchParams(query));

describe("parseProposalQuery", () => {
  it("applies defaults and reads every parameter", () => {
    expect(parse("")).toEqual({ query: { page: 1, per_page: 50 } });
    expect(parse("status=fcp&kind=core&q=%20sync%20&page=3&per_page=1000")).toEqual({
      query: { status: "fcp", kind: "core", q: "sync", page: 3, per_page: 1000 },
    });
    expect(parse("area=identity+service&author=%40Alice&shepherd=bob&state=merged&sort=updated&order=asc")).toEqual({
      query: {
        area: "identity service",
        author: "Alice",
        shepherd: "bob",
        state: "merged",
        sort: "updated",
        order: "asc",
        page: 1,
        per_page: 50,
      },
    });
  });

  it("treats blank parameters, as an empty form field sends them, as absent", () => {
    expect(parse("status=&q=&kind=&area=&author=&shepherd=%40&state=&sort=&order=&page=&per_page=")).toEqual({
      query: { page: 1, per_page: 50 },
    });
  });

  it("refuses bad values with a sentence naming the parameter", () => {
    expect(parse("status=accepted")).toEqual({
      error: expect.stringMatching(/^status must be one of: draft, in-review/),
    });
    expect(parse("per_page=1001")).toEqual({ error: "per_page must be a whole number from 1 to 1000." });
    expect(parse("per_page=ten")).toEqual({ error: "per_page must be a whole number from 1 to 1000." });
    expect(parse("page=0")).toEqual({ error: "page must be a whole number from 1." });
    expect(parse("state=all")).toEqual({
      error: "state must be one of: open, closed, merged (leave it out for all).",
    });
    expect(parse("sort=author")).toEqual({ error: "sort must be one of: number, title, status, updated, created." });
    expect(parse("order=up")).toEqual({ error: "order must be asc or desc." });
    expect(parse(`q=${"x".repeat(201)}`)).toEqual({ error: expect.stringMatching(/^q is not valid: /) });
  });
});

describe("effectiveSort", () => {
  it("defaults to the highest number first, and each column to its natural order", () => {
    expect(effectiveSort({})).toEqual({ sort: "number", order: "desc" });
    expect(effectiveSort({ sort: "title" })).toEqual({ sort: "title", order: "asc" });
    expect(effectiveSort({ sort: "status" })).toEqual({ sort: "status", order: "asc" });
    expect(effectiveSort({ sort: "updated" })).toEqual({ sort: "updated", order: "desc" });
    expect(effectiveSort({ sort: "created", order: "asc" })).toEqual({ sort: "created", order: "asc" });
  });
});
