import type { FcpRoundDto } from "./fcp-dto";
import { isOpenPhase } from "./round-phase";
import { loginKey } from "./team-membership";

export type Refusal = { status: 403 | 409; message: string };

/**
 * Why a member may not take a position on a round now, or null when they may. Votes
 * count only from the team the round is counted against (the current SCT while it is
 * open), and only while votes can still change the outcome.
 */
export function positionRefusal(round: FcpRoundDto, login: string): Refusal | null {
  if (!isOpenPhase(round.phase)) {
    return { status: 409, message: `This FCP is ${round.phase}: positions can no longer change.` };
  }
  const onTeam = round.roster.some((entry) => entry.on_team && loginKey(entry.login) === loginKey(login));
  if (onTeam) return null;
  return { status: 403, message: `${login} is not on the Spec Core Team now, so cannot take a position on this FCP.` };
}
