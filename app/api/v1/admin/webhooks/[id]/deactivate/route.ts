import { defineFormRoute } from "@/lib/auth/define-action";
import { deactivateWebhookDefinition } from "@/lib/notify/webhooks-admin/change-webhook-actions";

/** POST /api/v1/admin/webhooks/{id}/deactivate {reason}: admins only; 404 for no such webhook. */
export const POST = defineFormRoute(deactivateWebhookDefinition, {
  fromParams: ({ id }: { id: string }) => ({ id }),
  redirectTo: () => "/admin/notifications#webhooks",
  successMessage: ({ id, url }) => `Webhook ${id} (${url}) switched off: nothing more is sent to it.`,
});
