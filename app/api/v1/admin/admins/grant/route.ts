import { grantAdminDefinition } from "@/lib/admin/grant-admin-action";
import { defineFormRoute } from "@/lib/auth/define-action";

/** POST /api/v1/admin/admins/grant {login, reason}: admins only. */
export const POST = defineFormRoute(grantAdminDefinition, {
  redirectTo: () => "/admin#admins",
  successMessage: ({ login }) => `${login} is now an admin.`,
});
