import { defineFormRoute } from "@/lib/auth/define-action";
import { registerWebhookDefinition } from "@/lib/notify/webhooks-admin/register-webhook-action";

/** POST /api/v1/admin/webhooks {url, level?, secret?, reason}: admins only; a secret left out is made and shown once. */
export const POST = defineFormRoute(registerWebhookDefinition, {
  redirectTo: () => "/admin/notifications#webhooks",
  successMessage: ({ id, url, generatedSecret }) =>
    generatedSecret
      ? `Webhook ${id} registered for ${url}. Its secret, shown only this once: ${generatedSecret}`
      : `Webhook ${id} registered for ${url} with the secret you entered.`,
});
