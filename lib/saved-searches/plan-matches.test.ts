import { describe, expect, it } from "vitest";
import type { ProposalDto } from "@/lib/proposals/proposal-dto";
import { buildProposalIndex, indexProposal } from "@/lib/proposals/proposal-index";
import { proposalQuerySchema } from "@/lib/proposals/proposal-query";
import { matchingNumbers, newMatches } from "./plan-matches";

function dto(number: number, extra: Partial<ProposalDto> = {}): ProposalDto {
  return {
    ...{ number, title: `MSC${number}: Proposal ${number}`, status: "in-review", labels: [], state: "open" },
    ...{ draft: false, author: null, authors: [], shepherd: null, kind: null, areas: [], url: "" },
    ...{ created_at: null, updated_at: null, closed_at: null, merged_at: null },
    ...extra,
  };
}

const index = buildProposalIndex([
  indexProposal(dto(1, { status: "fcp", kind: "core", author: "Alice" }), []),
  indexProposal(dto(2, { status: "fcp", kind: "core", authors: ["bob", "alice"] }), []),
  indexProposal(dto(3, { status: "in-review", kind: "core", author: "alice", title: "MSC3: Room keys" }), []),
  indexProposal(dto(4, { status: "fcp", kind: "feature", author: "bob" }), []),
]);
const query = (filters: Record<string, string>) => proposalQuerySchema.parse(filters);

describe("matchingNumbers", () => {
  it("is the list's own selection, status included", () => {
    expect(
      matchingNumbers(index, { query: query({ kind: "core", status: "fcp" }), mineLogin: null, bodyMatches: null }),
    ).toEqual([2, 1]);
  });

  it("keeps only the owner's MSCs for 'authored by me', as PR author or listed author", () => {
    const mine = { query: query({ status: "fcp" }), mineLogin: "alice", bodyMatches: null };
    expect(matchingNumbers(index, mine)).toEqual([2, 1]);
    // With an author filter as well, an MSC must have both.
    expect(matchingNumbers(index, { ...mine, query: query({ author: "bob" }) })).toEqual([2]);
  });

  it("matches body text found in SQL beside titles", () => {
    const search = { query: query({ q: "room keys" }), mineLogin: null, bodyMatches: new Set([4]) };
    expect(matchingNumbers(index, search)).toEqual([4, 3]);
  });
});

describe("newMatches", () => {
  it("leaves out what the search matched before, once each", () => {
    expect(newMatches([4, 3, 3, 1], new Set([3]))).toEqual([4, 1]);
    expect(newMatches([], new Set([1]))).toEqual([]);
  });
});
