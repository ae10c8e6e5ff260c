import "server-only";
import { getPrisma } from "../db/client";
import type { PrismaClient } from "../db/generated/client";
import { env } from "../env";
import { loadLatestAppRounds } from "./load-latest-app-rounds";
import type { ProposalSummary } from "./proposal-summary";
import { PROPOSAL_ROW_SELECT, toProposalDto } from "./to-proposal-dto";

/** Every proposal with its derived status, highest number first. */
export async function listProposalSummaries(): Promise<ProposalSummary[]> {
  return listProposalSummariesFrom(await getPrisma());
}

/** Derived exactly as the JSON API derives it (toProposalDto), trimmed to what lists show. */
export async function listProposalSummariesFrom(prisma: PrismaClient): Promise<ProposalSummary[]> {
  const rows = await prisma.proposal.findMany({ select: PROPOSAL_ROW_SELECT, orderBy: { number: "desc" } });
  const latest = await loadLatestAppRounds(prisma);
  const repo = env().GITHUB_REPO;
  return rows.map((row) => {
    const dto = toProposalDto(row, repo, latest.get(row.number));
    return {
      number: dto.number,
      title: dto.title,
      status: dto.status,
      author: dto.author,
      labels: dto.labels,
      createdAt: dto.created_at,
      mergedAt: dto.merged_at,
    };
  });
}
