import { closeRoundDefinition } from "@/lib/admin/corrections/close-round-action";
import { correctionRoute } from "@/lib/admin/corrections/correction-route";

/** POST /api/v1/proposals/{number}/corrections/round {roundId, outcome: cancelled|finished, reason}: admins only. */
export const POST = correctionRoute(closeRoundDefinition, ({ outcome }) => `FCP round closed as ${outcome}.`);
