import "server-only";
import { memoPerGeneration } from "../cache/memo-per-generation";
import type { Prisma } from "../db/generated/client";
import { env } from "../env";
import { loadLatestAppRounds } from "./load-latest-app-rounds";
import { buildProposalIndex, indexProposal, type ProposalIndex } from "./proposal-index";
import { PROPOSAL_ROW_SELECT, toProposalDto } from "./to-proposal-dto";

/**
 * Every proposal, derived once per data generation (bodies excluded: they are searched
 * in SQL). Deriving 4,500 statuses on every request cost about a second on the embedded
 * database; the memo makes a request a filter over memory (bench/list-proposals.ts).
 * App-run FCP rounds move statuses (status-overlay.ts): their writes mark the data
 * changed, so the memo is rebuilt with them, at the cost of one more small query.
 * A transaction may pass itself to read its own writes: it gets an index of its own.
 */
export const loadProposalIndex = memoPerGeneration(
  "proposal-index",
  async (prisma: Prisma.TransactionClient): Promise<ProposalIndex> => {
    // One after the other: the embedded database has a single connection anyway.
    const rows = await prisma.proposal.findMany({ select: PROPOSAL_ROW_SELECT });
    const latest = await loadLatestAppRounds(prisma);
    const repo = env().GITHUB_REPO;
    return buildProposalIndex(
      rows.map((row) => indexProposal(toProposalDto(row, repo, latest.get(row.number)), row.shepherds)),
    );
  },
);
