import { revokeAdminDefinition } from "@/lib/admin/revoke-admin-action";
import { defineFormRoute } from "@/lib/auth/define-action";

/** POST /api/v1/admin/admins/revoke {login, reason}: admins only; never the last admin. */
export const POST = defineFormRoute(revokeAdminDefinition, {
  redirectTo: () => "/admin#admins",
  successMessage: ({ login }) => `${login} is no longer an admin.`,
});
