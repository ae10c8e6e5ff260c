import "server-only";
import { getPrisma } from "../db/client";
import type { PrismaClient } from "../db/generated/client";
import { env } from "../env";
import { loadLatestAppRounds } from "./load-latest-app-rounds";
import type { ProposalDto } from "./proposal-dto";
import { PROPOSAL_ROW_SELECT, toProposalDto } from "./to-proposal-dto";

/** One proposal as the JSON API shows it, or null for an unknown number. */
export async function getProposal(number: number, prisma?: PrismaClient): Promise<ProposalDto | null> {
  const db = prisma ?? (await getPrisma());
  const row = await db.proposal.findUnique({ where: { number }, select: PROPOSAL_ROW_SELECT });
  if (!row) return null;
  const latest = await loadLatestAppRounds(db, [number]);
  return toProposalDto(row, env().GITHUB_REPO, latest.get(number));
}
