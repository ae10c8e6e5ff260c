import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { FcpRoundDto } from "@/lib/fcp/fcp-dto";
import { CONCERN_ORDER, CONCERN_SELECT, readTeamPeriods, ROUND_SELECT, toRoundDtos } from "@/lib/fcp/fcp-round-rows";
import type { FcpRules } from "@/lib/fcp/to-fcp-round-dto";

export type WriteBackRound = {
  round: FcpRoundDto;
  proposalNumber: number;
  isPullRequest: boolean;
  /** Whether this is the proposal's newest round: only that one decides the FCP labels. */
  newest: boolean;
};

/** The round as the pages show it (same DTO, same rules), with what write-back needs besides. */
export async function loadWriteBackRound(
  prisma: PrismaClient,
  roundId: number,
  rules: FcpRules,
): Promise<WriteBackRound | null> {
  const stored = await prisma.fcpRound.findUnique({
    where: { id: roundId },
    select: { ...ROUND_SELECT, proposal: { select: { isPullRequest: true } } },
  });
  if (!stored) return null;
  const [concerns, team, newest] = await Promise.all([
    prisma.concern.findMany({
      where: { proposalNumber: stored.proposalNumber },
      select: CONCERN_SELECT,
      orderBy: CONCERN_ORDER,
    }),
    readTeamPeriods(prisma),
    prisma.fcpRound.findFirst({
      where: { proposalNumber: stored.proposalNumber },
      orderBy: [{ proposedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    }),
  ]);
  const [round] = toRoundDtos([stored], concerns, team, rules);
  return {
    round: round!,
    proposalNumber: stored.proposalNumber,
    isPullRequest: stored.proposal.isPullRequest !== false,
    newest: newest?.id === roundId,
  };
}
