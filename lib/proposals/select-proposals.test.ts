import { describe, expect, it } from "vitest";
import type { ProposalDto } from "./proposal-dto";
import { buildProposalIndex, indexProposal } from "./proposal-index";
import type { ProposalQuery } from "./proposal-query";
import { searchedNumber, selectProposals } from "./select-proposals";

function dto(number: number, extra: Partial<ProposalDto> = {}): ProposalDto {
  return {
    number,
    title: `MSC${number}: Proposal ${number}`,
    status: "in-review",
    labels: [],
    state: "open",
    draft: false,
    author: null,
    authors: [],
    shepherd: null,
    kind: null,
    areas: [],
    url: `https://github.com/o/r/pull/${number}`,
    created_at: null,
    updated_at: null,
    closed_at: null,
    merged_at: null,
    ...extra,
  };
}

const index = buildProposalIndex([
  indexProposal(dto(10, { title: "MSC10: Zebra sync", status: "merged", state: "merged", kind: "core" }), []),
  indexProposal(
    dto(30, {
      title: "[WIP] MSC30: apple pie",
      author: "Opener",
      authors: ["alice"],
      areas: ["client-server"],
      updated_at: "2026-01-02T00:00:00.000Z",
      created_at: "2025-01-01T00:00:00.000Z",
    }),
    ["Carol", "dave"],
  ),
  indexProposal(
    dto(20, {
      title: "MSC20: Mango Sync",
      status: "closed",
      state: "closed",
      kind: "feature",
      areas: ["client-server", "identity service"],
      updated_at: "2026-03-01T00:00:00.000Z",
      created_at: "2026-02-01T00:00:00.000Z",
    }),
    [],
  ),
  indexProposal(dto(40, { status: "draft", draft: true, kind: "core" }), []),
]);

const select = (query: Partial<ProposalQuery>, bodies: number[] | null = null) => {
  const { matches, statusCounts } = selectProposals(
    index,
    { page: 1, per_page: 50, ...query },
    bodies && new Set(bodies),
  );
  return { numbers: matches.map((p) => p.number), statusCounts };
};

describe("selectProposals", () => {
  it("lists everything highest number first, with the vocabulary in use", () => {
    expect(select({}).numbers).toEqual([40, 30, 20, 10]);
    expect(index.kinds).toEqual(["core", "feature"]);
    expect(index.areas).toEqual(["client-server", "identity service"]);
  });

  it("filters by kind, area, state, author (opener or Author: line) and any shepherd, ignoring case", () => {
    expect(select({ kind: "core" }).numbers).toEqual([40, 10]);
    expect(select({ area: "client-server" }).numbers).toEqual([30, 20]);
    expect(select({ state: "open" }).numbers).toEqual([40, 30]);
    expect(select({ state: "closed" }).numbers).toEqual([20]);
    expect(select({ state: "merged" }).numbers).toEqual([10]);
    expect(select({ author: "ALICE" }).numbers).toEqual([30]);
    expect(select({ author: "opener" }).numbers).toEqual([30]);
    expect(select({ shepherd: "dave" }).numbers).toEqual([30]);
    expect(select({ shepherd: "carol", kind: "core" }).numbers).toEqual([]);
  });

  it("searches the number, the title and the body matches it is given", () => {
    expect(select({ q: "sync" }).numbers).toEqual([20, 10]);
    expect(select({ q: "MSC 40" }).numbers).toEqual([40]);
    expect(select({ q: "40" }).numbers).toEqual([40]);
    expect(select({ q: "pie" }, [40]).numbers).toEqual([40, 30]);
    expect(select({ q: "nothing" }, []).numbers).toEqual([]);
  });

  it("counts each status under the other filters, whatever status is chosen", () => {
    const everything = { draft: 1, "in-review": 1, closed: 1, merged: 1 };
    expect(select({}).statusCounts).toEqual(everything);
    expect(select({ status: "merged" })).toEqual({ numbers: [10], statusCounts: everything });
    expect(select({ status: "merged", kind: "feature" })).toEqual({ numbers: [], statusCounts: { closed: 1 } });
  });

  it("sorts by each column both ways, missing times last and ties by number", () => {
    expect(select({ sort: "number", order: "asc" }).numbers).toEqual([10, 20, 30, 40]);
    // By the words of the title, without the MSC number or [WIP] in front.
    expect(select({ sort: "title" }).numbers).toEqual([30, 20, 40, 10]);
    expect(select({ sort: "title", order: "desc" }).numbers).toEqual([10, 40, 20, 30]);
    expect(select({ sort: "status" }).numbers).toEqual([40, 30, 10, 20]);
    expect(select({ sort: "status", order: "desc" }).numbers).toEqual([20, 10, 30, 40]);
    expect(select({ sort: "updated" }).numbers).toEqual([20, 30, 40, 10]);
    expect(select({ sort: "updated", order: "asc" }).numbers).toEqual([30, 20, 40, 10]);
    expect(select({ sort: "created", order: "asc", state: "open" }).numbers).toEqual([30, 40]);
  });
});

describe("searchedNumber", () => {
  it("reads MSC numbers as people type them", () => {
    expect(["MSC4543", "msc 4543", " 4543 "].map(searchedNumber)).toEqual([4543, 4543, 4543]);
    expect(["sync", "MSC", "4543a"].map(searchedNumber)).toEqual([null, null, null]);
  });
});
