import { describe, expect, it } from "vitest";
import { parseProposalQuery } from "./proposal-query";
import { proposalsHref, proposalsSearch } from "./proposals-href";

describe("proposalsHref", () => {
  it("leaves defaults out and keeps a fixed parameter order", () => {
    expect(proposalsHref({ page: 1, per_page: 50 })).toBe("/proposals");
    expect(proposalsHref({ page: 2, per_page: 50, status: "fcp", q: "sliding sync" })).toBe(
      "/proposals?q=sliding+sync&status=fcp&page=2",
    );
    expect(proposalsHref({ sort: "number", order: "desc" })).toBe("/proposals");
    expect(proposalsHref({ sort: "number", order: "asc" })).toBe("/proposals?order=asc");
    expect(proposalsHref({ sort: "title", order: "asc" })).toBe("/proposals?sort=title");
    expect(proposalsHref({ sort: "title", order: "desc" })).toBe("/proposals?sort=title&order=desc");
  });

  it("applies changes, where undefined removes a parameter", () => {
    const view = { status: "merged" as const, kind: "core", page: 3 };
    expect(proposalsHref(view, { status: undefined, page: undefined })).toBe("/proposals?kind=core");
    expect(proposalsHref(view, { area: "identity service" })).toBe(
      "/proposals?status=merged&kind=core&area=identity+service&page=3",
    );
  });

  it("builds query strings that parse back to the same view", () => {
    const raw = "per_page=10&order=asc&sort=updated&author=%40alice&area=&q=+e2e+&page=2";
    const parsed = parseProposalQuery(new URLSearchParams(raw));
    if ("error" in parsed) throw new Error(parsed.error);
    const canonical = proposalsSearch(parsed.query);
    expect(canonical).toBe("q=e2e&author=alice&sort=updated&order=asc&page=2&per_page=10");
    const again = parseProposalQuery(new URLSearchParams(canonical));
    expect(again).toEqual(parsed);
  });
});
