import type { ConcernDto } from "./fcp-dto";

export type ConcernFact = {
  id: number;
  fcpRoundId: number | null;
  text: string;
  raisedBy: string;
  raisedAt: Date;
  resolvedBy: string | null;
  resolvedAt: Date | null;
};

/**
 * The concerns a round shows: those raised while it was open, and, while it is still
 * open, any unresolved concern of the proposal from before it. Concerns belong to the
 * proposal and block FCP until resolved, whenever raised (MSC-PROCESS.md), so one
 * left over from a cancelled round still blocks the next.
 */
export function roundConcerns(roundId: number, open: boolean, proposalConcerns: ConcernFact[]): ConcernFact[] {
  return proposalConcerns
    .filter((c) => c.fcpRoundId === roundId || (open && c.resolvedAt === null))
    .sort((a, b) => a.raisedAt.getTime() - b.raisedAt.getTime());
}

export function toConcernDto(concern: ConcernFact): ConcernDto {
  return {
    id: concern.id,
    text: concern.text,
    raised_by: concern.raisedBy,
    raised_at: concern.raisedAt.toISOString(),
    resolved: concern.resolvedAt !== null,
    resolved_by: concern.resolvedBy,
    resolved_at: concern.resolvedAt?.toISOString() ?? null,
  };
}
