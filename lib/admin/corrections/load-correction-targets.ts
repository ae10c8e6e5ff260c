import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { listFcpRounds } from "@/lib/fcp/list-fcp-rounds";
import type { CorrectionTargets } from "../admin-dto";

/** An MSC's rounds (newest first) and concerns with their ids, for the correction forms; null for an unknown MSC. */
export async function loadCorrectionTargets(prisma: PrismaClient, number: number): Promise<CorrectionTargets | null> {
  const proposal = await prisma.proposal.findUnique({ where: { number }, select: { number: true, title: true } });
  if (!proposal) return null;
  const [rounds, concerns] = await Promise.all([
    listFcpRounds({ proposalNumber: number }, prisma),
    prisma.concern.findMany({
      where: { proposalNumber: number },
      select: { id: true, text: true, raisedBy: true, resolvedAt: true },
      orderBy: [{ raisedAt: "asc" }, { id: "asc" }],
    }),
  ]);
  return {
    number: proposal.number,
    title: proposal.title,
    rounds: rounds.reverse().map((round) => ({
      id: round.id,
      disposition: round.disposition,
      phase: round.phase,
      proposedAt: round.proposed_at,
      ballot: round.roster.map((entry) => ({ login: entry.login, position: entry.position })),
    })),
    concerns: concerns.map((c) => ({ id: c.id, text: c.text, raisedBy: c.raisedBy, resolved: c.resolvedAt !== null })),
  };
}
