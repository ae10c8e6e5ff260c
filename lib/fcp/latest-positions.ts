import type { PositionName } from "./fcp-dto";
import { loginKey } from "./team-membership";

export type VoteFact = {
  memberLogin: string;
  position: PositionName;
  rationale: string | null;
  at: Date;
};

/**
 * Votes are history: a member's position is their latest row (schema.prisma, Vote).
 * Rows at the same instant keep their given order (callers pass them by id), so the
 * one recorded last wins. Keyed by lower-cased login.
 */
export function latestPositions(votes: VoteFact[]): Map<string, VoteFact> {
  const ordered = votes.map((vote, index) => ({ vote, index }));
  ordered.sort((a, b) => a.vote.at.getTime() - b.vote.at.getTime() || a.index - b.index);
  const latest = new Map<string, VoteFact>();
  for (const { vote } of ordered) latest.set(loginKey(vote.memberLogin), vote);
  return latest;
}
