import "server-only";
import { defineAction } from "@/lib/auth/define-action";
import type { ActionDefinition } from "@/lib/auth/run-action";
import { cancelFcp } from "../operations/cancel-fcp";
import { cancelFcpInput } from "./fcp-inputs";
import { actorOf, openRoundVerdict } from "./fcp-verdicts";

/** Any member may cancel, as `@mscbot fcp cancel` allows any SCT member. */
export const cancelFcpDefinition: ActionDefinition<typeof cancelFcpInput, { roundId: number }> = {
  action: "cancel an FCP",
  role: "member",
  input: cancelFcpInput,
  authorize: (_viewer, input, tx) => openRoundVerdict(tx, input.proposalNumber, input.roundId),
  handler: ({ input, viewer, tx }) =>
    cancelFcp(tx, { roundId: input.roundId, by: actorOf(viewer), reason: input.reason }),
};

export const cancelFcpAction = defineAction(cancelFcpDefinition);
