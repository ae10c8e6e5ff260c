import "server-only";
import { defineAction } from "@/lib/auth/define-action";
import type { ActionDefinition } from "@/lib/auth/run-action";
import { proposeFcp } from "../operations/propose-fcp";
import { proposeFcpInput } from "./fcp-inputs";
import { actorOf, noOpenRoundVerdict } from "./fcp-verdicts";

export const proposeFcpDefinition: ActionDefinition<typeof proposeFcpInput, { roundId: number; started: boolean }> = {
  action: "propose FCP",
  role: "member",
  input: proposeFcpInput,
  authorize: (_viewer, input, tx) => noOpenRoundVerdict(tx, input.proposalNumber),
  handler: ({ input, viewer, tx }) => proposeFcp(tx, { ...input, by: actorOf(viewer) }),
};

export const proposeFcpAction = defineAction(proposeFcpDefinition);
