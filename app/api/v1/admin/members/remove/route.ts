import { removeMemberDefinition } from "@/lib/admin/remove-member-action";
import { defineFormRoute } from "@/lib/auth/define-action";

/** POST /api/v1/admin/members/remove {login, reason}: admins only; 409 while the GitHub team is the record. */
export const POST = defineFormRoute(removeMemberDefinition, {
  redirectTo: () => "/admin#members",
  successMessage: ({ login }) => `${login} is no longer on the Spec Core Team.`,
});
