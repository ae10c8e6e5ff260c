import "server-only";
import { getPrisma } from "../db/client";
import type { PrismaClient } from "../db/generated/client";
import type { FcpPhase, FcpRoundDto } from "./fcp-dto";
import {
  CONCERN_ORDER,
  CONCERN_SELECT,
  readTeamPeriods,
  ROUND_ORDER,
  ROUND_SELECT,
  toRoundDtos,
} from "./fcp-round-rows";
import { fcpRulesFromEnv } from "./fcp-rules";
import { phaseWhere } from "./phase-filter";

export type FcpRoundWithProposal = FcpRoundDto & { proposal_number: number; proposal_title: string };

export type FcpRoundFilter = {
  proposalNumber?: number;
  /** Only rounds in these phases; an empty list matches nothing. */
  phases?: FcpPhase[];
};

/**
 * FCP rounds across proposals, oldest proposed first. Four queries however many rounds
 * match: rounds with their proposal's title, their votes, their proposals' concerns,
 * and the team's membership periods.
 */
export async function listFcpRounds(filter: FcpRoundFilter, prisma?: PrismaClient): Promise<FcpRoundWithProposal[]> {
  const db = prisma ?? (await getPrisma());
  const where = {
    ...phaseWhere(filter.phases),
    ...(filter.proposalNumber === undefined ? {} : { proposalNumber: filter.proposalNumber }),
  };
  const rounds = await db.fcpRound.findMany({
    where,
    select: { ...ROUND_SELECT, proposal: { select: { title: true } } },
    orderBy: ROUND_ORDER,
  });
  if (rounds.length === 0) return [];
  const numbers = [...new Set(rounds.map((r) => r.proposalNumber))];
  const [concerns, team] = await Promise.all([
    db.concern.findMany({ where: { proposalNumber: { in: numbers } }, select: CONCERN_SELECT, orderBy: CONCERN_ORDER }),
    readTeamPeriods(db),
  ]);
  const dtos = toRoundDtos(rounds, concerns, team, fcpRulesFromEnv());
  return dtos.map((dto, i) => ({
    ...dto,
    proposal_number: rounds[i]!.proposalNumber,
    proposal_title: rounds[i]!.proposal.title,
  }));
}
