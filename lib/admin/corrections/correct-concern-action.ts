import "server-only";
import { defineAction } from "@/lib/auth/define-action";
import type { ActionDefinition } from "@/lib/auth/run-action";
import { advanceRound } from "@/lib/fcp/operations/advance-round";
import { lockProposal } from "@/lib/fcp/operations/lock-proposal";
import { phaseWhere } from "@/lib/fcp/phase-filter";
import { actingLogin } from "../acting-login";
import { correctConcernInput } from "../admin-inputs";

type Corrected = { concernId: number; to: "resolved" | "open"; started: boolean };

/**
 * Marks a concern resolved, or reopens one, when the import got it wrong (a `resolve`
 * whose text did not quite match, an edited comment). Resolving may let an open round
 * start, as any resolution does; reopening blocks it again from now on.
 */
export const correctConcernDefinition: ActionDefinition<typeof correctConcernInput, Corrected> = {
  action: "correct a concern",
  role: "admin",
  input: correctConcernInput,
  authorize: async (_viewer, input, tx) => {
    const concern = await tx.concern.findUnique({
      where: { id: input.concernId },
      select: { proposalNumber: true, resolvedAt: true },
    });
    if (concern?.proposalNumber !== input.proposalNumber) {
      return { status: 404, message: `MSC${input.proposalNumber} has no concern ${input.concernId}.` };
    }
    const now = concern.resolvedAt ? "resolved" : "open";
    return now === input.to ? { status: 409, message: `This concern is already ${now}.` } : true;
  },
  handler: async ({ input, viewer, tx }) => {
    const now = new Date();
    await lockProposal(tx, input.proposalNumber);
    const resolving = input.to === "resolved";
    const concern = await tx.concern.update({
      where: { id: input.concernId },
      data: resolving ? { resolvedAt: now, resolvedBy: actingLogin(viewer) } : { resolvedAt: null, resolvedBy: null },
      select: { text: true },
    });
    const round = await tx.fcpRound.findFirst({
      where: { proposalNumber: input.proposalNumber, ...phaseWhere(["proposed", "active"]) },
      select: { id: true },
    });
    const { started } = resolving && round ? await advanceRound(tx, round.id, now) : { started: false };
    const change = { what: "concern", concernId: input.concernId, text: concern.text };
    return {
      data: { concernId: input.concernId, to: input.to, started },
      events: [
        {
          kind: "admin.corrected",
          at: now,
          proposalNumber: input.proposalNumber,
          fcpRoundId: round?.id ?? null,
          data: { ...change, from: resolving ? "open" : "resolved", to: input.to, reason: input.reason },
        },
      ],
    };
  },
};

export const correctConcernAction = defineAction(correctConcernDefinition);
