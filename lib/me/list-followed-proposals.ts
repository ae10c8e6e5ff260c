import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { loadLatestAppRounds } from "@/lib/proposals/load-latest-app-rounds";
import { PROPOSAL_ROW_SELECT, toProposalDto } from "@/lib/proposals/to-proposal-dto";
import type { FollowedProposal } from "./me-dto";

/** The MSCs the reader follows, most recently followed first, with status derived as everywhere else. */
export async function listFollowedProposals(prisma: PrismaClient, login: string): Promise<FollowedProposal[]> {
  const follows = await prisma.follow.findMany({
    where: { user: { githubLogin: { equals: login, mode: "insensitive" } } },
    select: { createdAt: true, savedSearch: { select: { name: true } }, proposal: { select: PROPOSAL_ROW_SELECT } },
    orderBy: [{ createdAt: "desc" }, { proposalNumber: "desc" }],
  });
  const repo = env().GITHUB_REPO;
  // A round run here moves the status before GitHub's labels do (status-overlay.ts).
  const latest = await loadLatestAppRounds(
    prisma,
    follows.map((follow) => follow.proposal.number),
  );
  return follows.map(({ createdAt, savedSearch, proposal }) => {
    const dto = toProposalDto(proposal, repo, latest.get(proposal.number));
    const followedAt = createdAt.toISOString();
    return {
      number: dto.number,
      title: dto.title,
      status: dto.status,
      followedAt,
      viaSearch: savedSearch?.name ?? null,
    };
  });
}
