import "server-only";
import { memoPerGeneration } from "../cache/memo-per-generation";
import type { PrismaClient } from "../db/generated/client";
import { env } from "../env";
import { buildProposalIndex, indexProposal, type ProposalIndex } from "./proposal-index";
import { PROPOSAL_ROW_SELECT, toProposalDto } from "./to-proposal-dto";

/**
 * Every proposal, derived once per data generation (bodies excluded: they are searched
 * in SQL). Deriving 4,500 statuses on every request cost about a second on the embedded
 * database; the memo makes a request a filter over memory (bench/list-proposals.ts).
 */
export const loadProposalIndex = memoPerGeneration(
  "proposal-index",
  async (prisma: PrismaClient): Promise<ProposalIndex> => {
    const rows = await prisma.proposal.findMany({ select: PROPOSAL_ROW_SELECT });
    const repo = env().GITHUB_REPO;
    return buildProposalIndex(rows.map((row) => indexProposal(toProposalDto(row, repo), row.shepherds)));
  },
);
