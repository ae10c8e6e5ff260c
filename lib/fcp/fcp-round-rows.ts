import "server-only";
import type { Prisma } from "../db/generated/client";
import type { FcpRoundDto } from "./fcp-dto";
import type { ConcernFact } from "./round-concerns";
import type { TeamPeriod } from "./team-membership";
import { toFcpRoundDto, type FcpRules } from "./to-fcp-round-dto";

// The stored facts the FCP DTOs are derived from, selected explicitly, shared by the
// rounds list and the proposal detail so both show a round identically.

export const ROUND_SELECT = {
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
  // By id within one instant: the row recorded last is the member's position.
  votes: {
    select: { memberLogin: true, position: true, rationale: true, at: true, source: true },
    orderBy: [{ at: "asc" }, { id: "asc" }],
  },
} as const satisfies Prisma.FcpRoundSelect;

export const ROUND_ORDER = [
  { proposedAt: "asc" },
  { id: "asc" },
] as const satisfies Prisma.FcpRoundOrderByWithRelationInput[];

export const CONCERN_SELECT = {
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

export const CONCERN_ORDER = [
  { raisedAt: "asc" },
  { id: "asc" },
] as const satisfies Prisma.ConcernOrderByWithRelationInput[];

export type StoredRound = Prisma.FcpRoundGetPayload<{ select: typeof ROUND_SELECT }>;
export type StoredConcern = Prisma.ConcernGetPayload<{ select: typeof CONCERN_SELECT }>;

/** Every membership period: the team table is small (tens of rows), so it is read whole. */
export function readTeamPeriods(db: Prisma.TransactionClient): Promise<TeamPeriod[]> {
  return db.sctMember.findMany({ select: { githubLogin: true, servedFrom: true, servedUntil: true } });
}

/** Each round's DTO, given every concern of the rounds' proposals. */
export function toRoundDtos(
  rounds: StoredRound[],
  concerns: StoredConcern[],
  team: TeamPeriod[],
  rules: FcpRules,
): FcpRoundDto[] {
  const byProposal = new Map<number, ConcernFact[]>();
  for (const concern of concerns) {
    const list = byProposal.get(concern.proposalNumber) ?? [];
    list.push(concern);
    byProposal.set(concern.proposalNumber, list);
  }
  return rounds.map((round) =>
    toFcpRoundDto({ ...round, proposalConcerns: byProposal.get(round.proposalNumber) ?? [] }, team, rules),
  );
}
