import "server-only";
import { ActionError } from "@/lib/auth/action-result";
import { defineAction } from "@/lib/auth/define-action";
import type { ActionDefinition } from "@/lib/auth/run-action";
import type { PositionName } from "@/lib/fcp/fcp-dto";
import { advanceRound } from "@/lib/fcp/operations/advance-round";
import { lockRound } from "@/lib/fcp/operations/load-round";
import { isOpenPhase } from "@/lib/fcp/round-phase";
import { loginKey } from "@/lib/fcp/team-membership";
import { correctPositionInput } from "../admin-inputs";
import { roundOfProposalVerdict } from "./round-verdict";

type Corrected = { roundId: number; member: string; from: PositionName; to: PositionName; started: boolean };

/**
 * Sets a member's recorded position when the import from GitHub got it wrong (a box
 * ticked in an edited comment mscbot never saw, say). Votes are history, so this adds
 * a row (source web) rather than editing one; the admin.corrected event says who
 * changed what from what, and why. On an open round the rules then run as after any
 * vote: the correction may start the FCP.
 */
export const correctPositionDefinition: ActionDefinition<typeof correctPositionInput, Corrected> = {
  action: "correct a recorded position",
  role: "admin",
  input: correctPositionInput,
  authorize: (_viewer, input, tx) => roundOfProposalVerdict(tx, input.proposalNumber, input.roundId),
  handler: async ({ input, tx }) => {
    const now = new Date();
    const { dto } = await lockRound(tx, input.roundId);
    const entry = dto.roster.find((e) => loginKey(e.login) === loginKey(input.member));
    if (!entry)
      throw new ActionError(404, `${input.member} has no say on this FCP round: not on its roster or the team.`);
    if (entry.position === input.position) {
      throw new ActionError(409, `${entry.login}'s position is already recorded as ${input.position}.`);
    }
    await tx.vote.create({
      data: { fcpRoundId: input.roundId, memberLogin: entry.login, position: input.position, at: now, source: "web" },
    });
    const { started } = isOpenPhase(dto.phase) ? await advanceRound(tx, input.roundId, now) : { started: false };
    const change = { what: "position", member: entry.login, from: entry.position, to: input.position };
    return {
      data: { roundId: input.roundId, member: entry.login, from: entry.position, to: input.position, started },
      events: [
        {
          kind: "admin.corrected",
          at: now,
          proposalNumber: input.proposalNumber,
          fcpRoundId: input.roundId,
          data: { ...change, reason: input.reason },
        },
      ],
    };
  },
};

export const correctPositionAction = defineAction(correctPositionDefinition);
