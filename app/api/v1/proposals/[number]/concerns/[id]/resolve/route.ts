import { defineFormRoute } from "@/lib/auth/define-action";
import { resolveConcernForm } from "@/lib/fcp/actions/fcp-form-routes";
import { resolveConcernDefinition } from "@/lib/fcp/actions/resolve-concern-action";

/** POST /api/v1/proposals/{number}/concerns/{id}/resolve: resolves one of this MSC's open concerns. */
export const POST = defineFormRoute(resolveConcernDefinition, resolveConcernForm);
