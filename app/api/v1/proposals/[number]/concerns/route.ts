import { defineFormRoute } from "@/lib/auth/define-action";
import { raiseConcernForm } from "@/lib/fcp/actions/fcp-form-routes";
import { raiseConcernDefinition } from "@/lib/fcp/actions/raise-concern-action";

/** POST /api/v1/proposals/{number}/concerns {text}: a Spec Core Team member raises a concern. */
export const POST = defineFormRoute(raiseConcernDefinition, raiseConcernForm);
