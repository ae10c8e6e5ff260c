import "server-only";
import type { ResourceVerdict, Tx } from "@/lib/auth/run-action";
import type { Viewer } from "@/lib/auth/roles";
import { phaseWhere } from "../phase-filter";
import { isOpenPhase, roundPhase } from "../round-phase";

// The resource checks of the FCP actions, run in the action's transaction before its
// handler. The operations check again under the proposal's lock; these answer early,
// with the status a route handler replies with, and catch a round named under the
// wrong MSC (a stale or forged form).

export async function proposalVerdict(tx: Tx, proposalNumber: number): Promise<ResourceVerdict> {
  const found = await tx.proposal.findUnique({ where: { number: proposalNumber }, select: { number: true } });
  return found ? true : { status: 404, message: `MSC${proposalNumber} is not tracked here.` };
}

export async function noOpenRoundVerdict(tx: Tx, proposalNumber: number): Promise<ResourceVerdict> {
  const exists = await proposalVerdict(tx, proposalNumber);
  if (exists !== true) return exists;
  const open = await tx.fcpRound.findFirst({
    where: { proposalNumber, ...phaseWhere(["proposed", "active"]) },
    select: { id: true },
  });
  return open ? { status: 409, message: `MSC${proposalNumber} already has an open FCP.` } : true;
}

/** The round exists, is one of this MSC's, and is still open. */
export async function openRoundVerdict(tx: Tx, proposalNumber: number, roundId: number): Promise<ResourceVerdict> {
  const round = await tx.fcpRound.findUnique({
    where: { id: roundId },
    select: { proposalNumber: true, startedAt: true, completedAt: true, cancelledAt: true },
  });
  if (!round || round.proposalNumber !== proposalNumber) {
    return { status: 404, message: `MSC${proposalNumber} has no FCP round ${roundId}.` };
  }
  const phase = roundPhase(round);
  return isOpenPhase(phase) || { status: 409, message: `This FCP is ${phase}: it can no longer change.` };
}

/** The viewer's login; the wrapper has already refused anyone not signed in. */
export function actorOf(viewer: Viewer): string {
  if (viewer.login === null) throw new Error("An FCP action ran without a signed-in viewer.");
  return viewer.login;
}
