import { defineFormRoute } from "@/lib/auth/define-action";
import { reactivateWebhookDefinition } from "@/lib/notify/webhooks-admin/change-webhook-actions";

/** POST /api/v1/admin/webhooks/{id}/reactivate {reason}: admins only; 404 for no such webhook. */
export const POST = defineFormRoute(reactivateWebhookDefinition, {
  fromParams: ({ id }: { id: string }) => ({ id }),
  redirectTo: () => "/admin/notifications#webhooks",
  successMessage: ({ id, url }) => `Webhook ${id} (${url}) is active again.`,
});
