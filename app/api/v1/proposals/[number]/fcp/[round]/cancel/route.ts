import { defineFormRoute } from "@/lib/auth/define-action";
import { cancelFcpDefinition } from "@/lib/fcp/actions/cancel-fcp-action";
import { cancelFcpForm } from "@/lib/fcp/actions/fcp-form-routes";

/** POST /api/v1/proposals/{number}/fcp/{round}/cancel {reason?}: cancels a proposed or running FCP. */
export const POST = defineFormRoute(cancelFcpDefinition, cancelFcpForm);
