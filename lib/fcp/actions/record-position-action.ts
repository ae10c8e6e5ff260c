import "server-only";
import { defineAction } from "@/lib/auth/define-action";
import type { ActionDefinition } from "@/lib/auth/run-action";
import type { PositionName } from "../fcp-dto";
import { recordPosition } from "../operations/record-position";
import { recordPositionInput } from "./fcp-inputs";
import { actorOf, openRoundVerdict } from "./fcp-verdicts";

type Recorded = { roundId: number; position: PositionName; started: boolean; finished: boolean };

/** A member takes a position for themselves only: the member is always the viewer. */
export const recordPositionDefinition: ActionDefinition<typeof recordPositionInput, Recorded> = {
  action: "vote on an FCP",
  role: "member",
  input: recordPositionInput,
  authorize: (_viewer, input, tx) => openRoundVerdict(tx, input.proposalNumber, input.roundId),
  handler: ({ input, viewer, tx }) =>
    recordPosition(tx, {
      roundId: input.roundId,
      member: actorOf(viewer),
      position: input.position,
      rationale: input.rationale || null,
    }),
};

export const recordPositionAction = defineAction(recordPositionDefinition);
