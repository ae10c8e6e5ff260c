import type { ProposalDto } from "./proposal-dto";
import { orderedProposals, type IndexedProposal, type ProposalIndex } from "./proposal-index";
import { effectiveSort, type ProposalQuery } from "./proposal-query";
import type { Status } from "./status";

export type ProposalSelection = {
  /** Every match in the requested order; the caller cuts out the page. */
  matches: ProposalDto[];
  /** How many proposals each status would match with every other filter kept. */
  statusCounts: Partial<Record<Status, number>>;
};

/** The number a search for "MSC1234", "msc 1234" or "1234" means. */
export function searchedNumber(q: string): number | null {
  const digits = /^(?:msc\s?)?(\d+)$/i.exec(q.trim())?.[1];
  return digits ? Number(digits) : null;
}

/**
 * Filters and orders the index in one pass. `bodyMatches` holds the numbers whose body
 * contains `query.q` (searched in SQL, since bodies are not kept in memory); number and
 * title are matched here. The status filter is applied last so that the same pass
 * counts, for each status, what choosing it would show.
 */
export function selectProposals(
  index: ProposalIndex,
  query: ProposalQuery,
  bodyMatches: ReadonlySet<number> | null,
): ProposalSelection {
  const { sort, order } = effectiveSort(query);
  const others = otherFilters(query, bodyMatches);
  const matches: ProposalDto[] = [];
  const statusCounts: Partial<Record<Status, number>> = {};
  for (const proposal of orderedProposals(index, sort, order)) {
    if (!others(proposal)) continue;
    const { status } = proposal.dto;
    statusCounts[status] = (statusCounts[status] ?? 0) + 1;
    if (!query.status || status === query.status) matches.push(proposal.dto);
  }
  return { matches, statusCounts };
}

function otherFilters(query: ProposalQuery, bodyMatches: ReadonlySet<number> | null) {
  const tests: ((p: IndexedProposal) => boolean)[] = [];
  if (query.kind) tests.push((p) => p.dto.kind === query.kind);
  if (query.area) tests.push((p) => p.dto.areas.includes(query.area!));
  if (query.state) tests.push((p) => p.dto.state === query.state);
  if (query.author) {
    const author = query.author.toLowerCase();
    tests.push((p) => p.authors.includes(author));
  }
  if (query.shepherd) {
    const shepherd = query.shepherd.toLowerCase();
    tests.push((p) => p.shepherds.includes(shepherd));
  }
  if (query.q) {
    const words = query.q.toLowerCase();
    const number = searchedNumber(query.q);
    tests.push(
      (p) => p.dto.number === number || p.titleLower.includes(words) || (bodyMatches?.has(p.dto.number) ?? false),
    );
  }
  return (p: IndexedProposal) => tests.every((test) => test(p));
}
