import { correctPositionDefinition } from "@/lib/admin/corrections/correct-position-action";
import { correctionRoute } from "@/lib/admin/corrections/correction-route";

/** POST /api/v1/proposals/{number}/corrections/position {roundId, member, position, reason}: admins only. */
export const POST = correctionRoute(
  correctPositionDefinition,
  ({ member, from, to, started }) =>
    `Corrected ${member}'s position from ${from} to ${to}.${started ? " The FCP has now started." : ""}`,
);
