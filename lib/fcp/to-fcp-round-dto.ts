import { buildBallot, countApprovals, quorumBase } from "./ballot";
import type { FcpDispositionName, FcpRoundDto } from "./fcp-dto";
import { latestPositions, type VoteFact } from "./latest-positions";
import { requiredApprovals } from "./required-approvals";
import { roundConcerns, toConcernDto, type ConcernFact } from "./round-concerns";
import { isOpenPhase, roundEndedAt, roundPhase } from "./round-phase";
import { countingTeam, type TeamPeriod } from "./team-membership";

/** The settings the rules depend on (lib/env.ts: FCP_THRESHOLD_PERCENT, FCP_DURATION_DAYS). */
export type FcpRules = { thresholdPercent: number; durationDays: number };

/** A stored round with its vote history and its proposal's concerns. */
export type FcpRoundFacts = {
  id: number;
  disposition: FcpDispositionName;
  proposedBy: string;
  proposedAt: Date;
  startedAt: Date | null;
  endsAt: Date | null;
  completedAt: Date | null;
  cancelledAt: Date | null;
  cancelledBy: string | null;
  cancelReason: string | null;
  roster: string[];
  /** Where the round came from; "web" means it runs in this app (lib/fcp/round-ownership.ts). */
  source?: string;
  /** Every vote row of the round, by id (the order of rows at the same instant). */
  votes: VoteFact[];
  /** Every concern of the round's proposal; the round picks its own (round-concerns.ts). */
  proposalConcerns: ConcernFact[];
};

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** The round as the API and pages show it: phase, ballot, threshold and concerns derived. */
export function toFcpRoundDto(facts: FcpRoundFacts, team: TeamPeriod[], rules: FcpRules): FcpRoundDto {
  const phase = roundPhase(facts);
  const open = isOpenPhase(phase);
  const counting = countingTeam(team, facts.roster, { proposedAt: facts.proposedAt, endedAt: roundEndedAt(facts) });
  const roster = buildBallot(facts.roster, counting, latestPositions(facts.votes));
  const concerns = roundConcerns(facts.id, open, facts.proposalConcerns).map(toConcernDto);
  const base = quorumBase(roster);
  return {
    id: facts.id,
    disposition: facts.disposition,
    phase,
    proposed_by: facts.proposedBy,
    proposed_at: facts.proposedAt.toISOString(),
    started_at: iso(facts.startedAt),
    ends_at: iso(facts.endsAt),
    completed_at: iso(facts.completedAt),
    required: requiredApprovals(base, rules.thresholdPercent),
    approvals: countApprovals(roster),
    roster,
    concerns,
    quorum_base: base,
    open_concerns: concerns.filter((c) => !c.resolved).length,
    cancelled_at: iso(facts.cancelledAt),
    cancelled_by: facts.cancelledBy,
    cancel_reason: facts.cancelReason,
    run_here: facts.source === "web",
  };
}
