import type { BallotEntryDto } from "./fcp-dto";
import type { VoteFact } from "./latest-positions";
import { loginKey } from "./team-membership";

/**
 * One line per person with a say or a vote: the roster snapshotted at proposal, the
 * team the round is counted against, and anyone who voted. Leavers stay visible with
 * their votes but are not counted; joiners are counted; recusals leave the base.
 * Sorted by login so pages and the API list members in a predictable order.
 */
export function buildBallot(roster: string[], team: string[], positions: Map<string, VoteFact>): BallotEntryDto[] {
  const names = new Map<string, string>();
  // The team's spelling of a login wins: it comes from GitHub's team API.
  for (const login of [...positions.values()].map((v) => v.memberLogin).concat(roster, team)) {
    names.set(loginKey(login), login);
  }
  const onRoster = new Set(roster.map(loginKey));
  const onTeam = new Set(team.map(loginKey));
  const entries = [...names.entries()].map(([key, login]): BallotEntryDto => {
    const vote = positions.get(key);
    const position = vote?.position ?? "none";
    return {
      login,
      position,
      at: vote ? vote.at.toISOString() : null,
      rationale: vote?.rationale ?? null,
      counted: onTeam.has(key) && position !== "recuse",
      on_roster: onRoster.has(key),
      on_team: onTeam.has(key),
    };
  });
  return entries.sort((a, b) => loginKey(a.login).localeCompare(loginKey(b.login)));
}

/** Members counted in the quorum: on the team and not recused (abstentions count). */
export function quorumBase(ballot: BallotEntryDto[]): number {
  return ballot.filter((entry) => entry.counted).length;
}

/** Approvals from counted members only: a leaver's approval is shown, not counted. */
export function countApprovals(ballot: BallotEntryDto[]): number {
  return ballot.filter((entry) => entry.counted && entry.position === "approve").length;
}
