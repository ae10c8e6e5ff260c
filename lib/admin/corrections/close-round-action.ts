import "server-only";
import { ActionError } from "@/lib/auth/action-result";
import { defineAction } from "@/lib/auth/define-action";
import type { ActionDefinition } from "@/lib/auth/run-action";
import { openRoundVerdict } from "@/lib/fcp/actions/fcp-verdicts";
import { lockRound } from "@/lib/fcp/operations/load-round";
import { actingLogin } from "../acting-login";
import { closeRoundInput } from "../admin-inputs";

type Closed = { roundId: number; outcome: "cancelled" | "finished" };

/**
 * Closes a stale open round: an FCP that ended on GitHub without a trail the import
 * could read (out of band, a lost bot comment) and would otherwise stay open for ever.
 * The round and its votes stay. Besides admin.corrected, the usual fcp.cancelled or
 * fcp.finished event is written, so feeds and the MSC's timeline show the close too.
 */
export const closeRoundDefinition: ActionDefinition<typeof closeRoundInput, Closed> = {
  action: "close a stale FCP round",
  role: "admin",
  input: closeRoundInput,
  authorize: (_viewer, input, tx) => openRoundVerdict(tx, input.proposalNumber, input.roundId),
  handler: async ({ input, viewer, tx }) => {
    const now = new Date();
    const { dto } = await lockRound(tx, input.roundId);
    const by = actingLogin(viewer);
    const cancelling = input.outcome === "cancelled";
    const { count } = await tx.fcpRound.updateMany({
      where: { id: input.roundId, completedAt: null, cancelledAt: null },
      data: cancelling ? { cancelledAt: now, cancelledBy: by, cancelReason: input.reason } : { completedAt: now },
    });
    if (count !== 1) throw new ActionError(409, "This FCP closed a moment ago; nothing was changed.");
    const about = { proposalNumber: input.proposalNumber, fcpRoundId: input.roundId, at: now };
    return {
      data: { roundId: input.roundId, outcome: input.outcome },
      events: [
        {
          ...about,
          kind: "admin.corrected",
          data: { what: "round", from: dto.phase, to: input.outcome, reason: input.reason },
        },
        {
          ...about,
          kind: cancelling ? "fcp.cancelled" : "fcp.finished",
          data: { disposition: dto.disposition, reason: input.reason, correction: true },
        },
      ],
    };
  },
};

export const closeRoundAction = defineAction(closeRoundDefinition);
