import { correctConcernDefinition } from "@/lib/admin/corrections/correct-concern-action";
import { correctionRoute } from "@/lib/admin/corrections/correction-route";

/** POST /api/v1/proposals/{number}/corrections/concern {concernId, to: resolved|open, reason}: admins only. */
export const POST = correctionRoute(
  correctConcernDefinition,
  ({ to, started }) => `Concern marked ${to}.${started ? " The FCP has now started." : ""}`,
);
