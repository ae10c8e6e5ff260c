import { defineFormRoute } from "@/lib/auth/define-action";
import { recordPositionForm } from "@/lib/fcp/actions/fcp-form-routes";
import { recordPositionDefinition } from "@/lib/fcp/actions/record-position-action";

/** POST /api/v1/proposals/{number}/fcp/{round}/position {position, rationale?}: the viewer's own position. */
export const POST = defineFormRoute(recordPositionDefinition, recordPositionForm);
