import "server-only";
import { ActionError } from "@/lib/auth/action-result";
import { isOpenPhase } from "../round-phase";
import type { Db, FcpChange, OperationOptions } from "./fcp-change";
import { lockRound } from "./load-round";
import { requireMember } from "./require-member";
import { currentStatus, statusMoveEvent } from "./status-move";

export type CancelFcpInput = { roundId: number; by: string; reason: string };

/**
 * Cancels a proposed or running FCP. The round, its votes and its concerns stay: the
 * history is kept (rfcbot deletes it, a known complaint; MSC-PROCESS.md).
 */
export async function cancelFcp(
  db: Db,
  { roundId, by, reason }: CancelFcpInput,
  { now = new Date(), rules }: OperationOptions = {},
): Promise<FcpChange<{ roundId: number }>> {
  const { stored, dto } = await lockRound(db, roundId, rules);
  if (!isOpenPhase(dto.phase))
    throw new ActionError(409, `This FCP is ${dto.phase}: only an open FCP can be cancelled.`);
  await requireMember(db, by, "cancel an FCP");
  const from = await currentStatus(db, stored.proposalNumber);
  const { count } = await db.fcpRound.updateMany({
    where: { id: roundId, completedAt: null, cancelledAt: null },
    data: { cancelledAt: now, cancelledBy: by, cancelReason: reason.trim() || null },
  });
  if (count !== 1) throw new ActionError(409, "This FCP closed a moment ago; nothing was cancelled.");
  const to = await currentStatus(db, stored.proposalNumber);
  return {
    data: { roundId },
    events: [
      {
        kind: "fcp.cancelled",
        at: now,
        proposalNumber: stored.proposalNumber,
        fcpRoundId: roundId,
        data: { disposition: dto.disposition, reason: reason.trim() },
      },
      ...statusMoveEvent({ from, to }, stored.proposalNumber, roundId, now),
    ],
  };
}
