import "server-only";
import { defineAction } from "@/lib/auth/define-action";
import type { ActionDefinition } from "@/lib/auth/run-action";
import { raiseConcern } from "../operations/raise-concern";
import { raiseConcernInput } from "./fcp-inputs";
import { actorOf, proposalVerdict } from "./fcp-verdicts";

export const raiseConcernDefinition: ActionDefinition<typeof raiseConcernInput, { concernId: number }> = {
  action: "raise a concern",
  role: "member",
  input: raiseConcernInput,
  authorize: (_viewer, input, tx) => proposalVerdict(tx, input.proposalNumber),
  handler: ({ input, viewer, tx }) => raiseConcern(tx, { ...input, by: actorOf(viewer) }),
};

export const raiseConcernAction = defineAction(raiseConcernDefinition);
