import "server-only";
import { ActionError } from "@/lib/auth/action-result";
import type { FcpDispositionName } from "../fcp-dto";
import { phaseWhere } from "../phase-filter";
import { advanceRound } from "./advance-round";
import type { Db, FcpChange, OperationOptions } from "./fcp-change";
import { lockProposal } from "./lock-proposal";
import { requireMember } from "./require-member";
import { currentStatus, statusMoveEvent } from "./status-move";

export type ProposeFcpInput = { proposalNumber: number; disposition: FcpDispositionName; by: string };

/**
 * Opens an FCP round: snapshots the current team as its roster and records the
 * proposer's approval (proposing is approving, as with mscbot). One open round per MSC:
 * another must be cancelled first. A one-member team starts at once.
 */
export async function proposeFcp(
  db: Db,
  { proposalNumber, disposition, by }: ProposeFcpInput,
  { now = new Date(), rules, source = "web" }: OperationOptions = {},
): Promise<FcpChange<{ roundId: number; started: boolean }>> {
  await lockProposal(db, proposalNumber);
  const open = await db.fcpRound.findFirst({
    where: { proposalNumber, ...phaseWhere(["proposed", "active"]) },
    select: { id: true, disposition: true },
  });
  if (open) {
    throw new ActionError(
      409,
      `MSC${proposalNumber} already has an open FCP (to ${open.disposition}); cancel it before proposing another.`,
    );
  }
  const roster = await requireMember(db, by, "propose FCP");
  const from = await currentStatus(db, proposalNumber);
  const round = await db.fcpRound.create({
    data: { proposalNumber, disposition, proposedBy: by, proposedAt: now, roster, source },
    select: { id: true },
  });
  await db.vote.create({ data: { fcpRoundId: round.id, memberLogin: by, position: "approve", at: now, source } });
  // The move proposing makes, before a start (a one-member team) records its own.
  const moved = statusMoveEvent({ from, to: await currentStatus(db, proposalNumber) }, proposalNumber, round.id, now);
  const { started } = await advanceRound(db, round.id, now, rules);
  return {
    data: { roundId: round.id, started },
    events: [
      { kind: "fcp.proposed", at: now, proposalNumber, fcpRoundId: round.id, data: { disposition, roster } },
      ...moved,
    ],
  };
}
