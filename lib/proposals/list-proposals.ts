import "server-only";
import { getPrisma } from "../db/client";
import type { PrismaClient } from "../db/generated/client";
import { loadProposalIndex } from "./load-proposal-index";
import type { ProposalDto } from "./proposal-dto";
import type { ProposalQuery } from "./proposal-query";
import { searchProposalBodies } from "./search-proposal-bodies";
import { selectProposals, type ProposalSelection } from "./select-proposals";

export type ProposalPage = { total: number; page: number; per_page: number; proposals: ProposalDto[] };

/** A selection plus the kinds and areas in use: what the /proposals page shows around a page. */
export type ProposalFindings = ProposalSelection & { kinds: string[]; areas: string[] };

/** One page of proposals, in the query's order (highest number first by default). */
export async function listProposals(query: ProposalQuery, prisma?: PrismaClient): Promise<ProposalPage> {
  const { matches } = await findProposals(query, prisma);
  return pageOf(matches, query);
}

/**
 * Every match and the status counts beside it. Status is derived, so filtering happens
 * over the memoised index (load-proposal-index.ts); only the body search, over text
 * not kept in memory, runs in SQL, and only when there is a search.
 */
export async function findProposals(query: ProposalQuery, prisma?: PrismaClient): Promise<ProposalFindings> {
  const db = prisma ?? (await getPrisma());
  const [index, bodyMatches] = await Promise.all([
    loadProposalIndex(db),
    query.q ? searchProposalBodies(db, query.q) : null,
  ]);
  return { ...selectProposals(index, query, bodyMatches), kinds: index.kinds, areas: index.areas };
}

/** The query's page of the matches; a page past the end is empty, not an error. */
export function pageOf(matches: ProposalDto[], query: ProposalQuery): ProposalPage {
  const start = (query.page - 1) * query.per_page;
  return {
    total: matches.length,
    page: query.page,
    per_page: query.per_page,
    proposals: matches.slice(start, start + query.per_page),
  };
}
