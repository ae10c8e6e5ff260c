import { addMemberDefinition } from "@/lib/admin/add-member-action";
import { defineFormRoute } from "@/lib/auth/define-action";

/** POST /api/v1/admin/members/add {login, reason}: admins only; 409 while the GitHub team is the record. */
export const POST = defineFormRoute(addMemberDefinition, {
  redirectTo: () => "/admin#members",
  successMessage: ({ login }) => `${login} is now on the Spec Core Team.`,
});
