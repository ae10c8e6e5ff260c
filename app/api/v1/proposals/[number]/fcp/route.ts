import { defineFormRoute } from "@/lib/auth/define-action";
import { proposeFcpForm } from "@/lib/fcp/actions/fcp-form-routes";
import { proposeFcpDefinition } from "@/lib/fcp/actions/propose-fcp-action";

/** POST /api/v1/proposals/{number}/fcp {disposition}: a Spec Core Team member proposes FCP. */
export const POST = defineFormRoute(proposeFcpDefinition, proposeFcpForm);
