import type { ProposalIndex } from "@/lib/proposals/proposal-index";
import type { ProposalQuery } from "@/lib/proposals/proposal-query";
import { selectProposals } from "@/lib/proposals/select-proposals";

// Which MSCs a saved search matches, by the list's own selection (select-proposals.ts),
// so a search follows exactly what /proposals shows for its filters; and which of those
// it has not matched before. Pure: unit-tested beside it.

export type SearchToMatch = {
  query: ProposalQuery;
  /** The owner's GitHub login when the search keeps only MSCs they authored. */
  mineLogin: string | null;
  /** Numbers whose body contains query.q (searched in SQL), or null without a q. */
  bodyMatches: ReadonlySet<number> | null;
};

export function matchingNumbers(index: ProposalIndex, search: SearchToMatch): number[] {
  const numbersOf = (query: ProposalQuery) =>
    selectProposals(index, query, search.bodyMatches).matches.map((p) => p.number);
  if (search.mineLogin === null) return numbersOf(search.query);
  // "Authored by me" is the list's author filter with the owner's login; with an author
  // filter of its own too, an MSC must match both.
  const mine = numbersOf({ ...search.query, author: search.mineLogin });
  if (search.query.author === undefined) return mine;
  const theirs = new Set(numbersOf(search.query));
  return mine.filter((number) => theirs.has(number));
}

/** The matches not recorded before, in the order given: only these are followed. */
export function newMatches(matches: readonly number[], recorded: ReadonlySet<number>): number[] {
  return [...new Set(matches)].filter((number) => !recorded.has(number));
}
