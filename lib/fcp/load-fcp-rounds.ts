import "server-only";
import type { Prisma, PrismaClient } from "../db/generated/client";
import type { FcpRoundDto } from "./fcp-dto";
import { fcpRulesFromEnv } from "./fcp-rules";
import type { ConcernFact } from "./round-concerns";
import { toFcpRoundDto, type FcpRules } from "./to-fcp-round-dto";

const ROUND_SELECT = {
  id: true,
  proposalNumber: true,
  disposition: true,
  proposedBy: true,
  proposedAt: true,
  startedAt: true,
  endsAt: true,
  completedAt: true,
  cancelledAt: true,
  cancelledBy: true,
  cancelReason: true,
  roster: true,
  source: true,
  votes: {
    select: { id: true, memberLogin: true, position: true, rationale: true, at: true, source: true },
    orderBy: [{ at: "asc" }, { id: "asc" }],
  },
} as const satisfies Prisma.FcpRoundSelect;

const CONCERN_SELECT = {
  id: true,
  proposalNumber: true,
  fcpRoundId: true,
  text: true,
  raisedBy: true,
  raisedAt: true,
  resolvedBy: true,
  resolvedAt: true,
  source: true,
} as const satisfies Prisma.ConcernSelect;

export type StoredRound = Prisma.FcpRoundGetPayload<{ select: typeof ROUND_SELECT }>;
export type StoredConcern = Prisma.ConcernGetPayload<{ select: typeof CONCERN_SELECT }>;
export type LoadedRounds = { rounds: StoredRound[]; concerns: StoredConcern[]; dtos: FcpRoundDto[] };

/**
 * Rounds matching `where`, oldest proposed first, with their DTOs. Always four queries
 * (rounds, their votes, their proposals' concerns, the membership periods) however
 * many rounds match: the team table is small and read whole.
 */
export async function loadFcpRounds(
  db: PrismaClient,
  where: Prisma.FcpRoundWhereInput,
  rules: FcpRules = fcpRulesFromEnv(),
): Promise<LoadedRounds> {
  const rounds = await db.fcpRound.findMany({
    where,
    select: ROUND_SELECT,
    orderBy: [{ proposedAt: "asc" }, { id: "asc" }],
  });
  if (rounds.length === 0) return { rounds, concerns: [], dtos: [] };
  const numbers = [...new Set(rounds.map((r) => r.proposalNumber))];
  const [concerns, team] = await Promise.all([
    db.concern.findMany({
      where: { proposalNumber: { in: numbers } },
      select: CONCERN_SELECT,
      orderBy: [{ raisedAt: "asc" }, { id: "asc" }],
    }),
    db.sctMember.findMany({ select: { githubLogin: true, servedFrom: true, servedUntil: true } }),
  ]);
  const byProposal = new Map<number, ConcernFact[]>();
  for (const concern of concerns) {
    byProposal.set(concern.proposalNumber, [...(byProposal.get(concern.proposalNumber) ?? []), concern]);
  }
  const dtos = rounds.map((round) =>
    toFcpRoundDto({ ...round, proposalConcerns: byProposal.get(round.proposalNumber) ?? [] }, team, rules),
  );
  return { rounds, concerns, dtos };
}
