import "server-only";
import { defineAction } from "@/lib/auth/define-action";
import type { ActionDefinition } from "@/lib/auth/run-action";
import type { Advance } from "../operations/advance-round";
import { resolveConcern } from "../operations/resolve-concern";
import { resolveConcernInput } from "./fcp-inputs";
import { actorOf, proposalVerdict } from "./fcp-verdicts";

export const resolveConcernDefinition: ActionDefinition<typeof resolveConcernInput, { concernId: number } & Advance> = {
  action: "resolve a concern",
  role: "member",
  input: resolveConcernInput,
  // Which concern, and whether it is still open, is checked under the lock: a concern
  // of another MSC, or one already resolved, is "no such open concern" (404).
  authorize: (_viewer, input, tx) => proposalVerdict(tx, input.proposalNumber),
  handler: ({ input, viewer, tx }) =>
    resolveConcern(tx, {
      proposalNumber: input.proposalNumber,
      concern: "concernId" in input ? { id: input.concernId } : { text: input.text },
      by: actorOf(viewer),
    }),
};

export const resolveConcernAction = defineAction(resolveConcernDefinition);
