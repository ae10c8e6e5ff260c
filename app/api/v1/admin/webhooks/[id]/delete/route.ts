import { defineFormRoute } from "@/lib/auth/define-action";
import { deleteWebhookDefinition } from "@/lib/notify/webhooks-admin/change-webhook-actions";

/** POST /api/v1/admin/webhooks/{id}/delete {reason}: admins only; 404 for no such webhook. */
export const POST = defineFormRoute(deleteWebhookDefinition, {
  fromParams: ({ id }: { id: string }) => ({ id }),
  redirectTo: () => "/admin/notifications#webhooks",
  successMessage: ({ id, url }) => `Webhook ${id} (${url}) deleted.`,
});
