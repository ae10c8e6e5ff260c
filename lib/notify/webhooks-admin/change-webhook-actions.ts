import "server-only";
import { defineAction } from "@/lib/auth/define-action";
import type { ActionDefinition, ResourceVerdict, Tx } from "@/lib/auth/run-action";
import { webhookChangeInput } from "./webhook-inputs";
import { displayWebhookUrl } from "./webhook-url";

// Switching a webhook off or on, and deleting it. Off keeps the row and its log's
// target name; the sender gives up on its pending deliveries either way (deliver.ts).

type Changed = { id: number; url: string; active: boolean | null };

async function webhookVerdict(tx: Tx, id: number, wantActive?: boolean): Promise<ResourceVerdict> {
  const hook = await tx.outboundWebhook.findUnique({ where: { id }, select: { active: true } });
  if (!hook) return { status: 404, message: `There is no webhook ${id}.` };
  if (wantActive !== undefined && hook.active === wantActive) {
    return { status: 409, message: `Webhook ${id} is already ${wantActive ? "active" : "switched off"}.` };
  }
  return true;
}

function setActiveDefinition(active: boolean): ActionDefinition<typeof webhookChangeInput, Changed> {
  return {
    action: active ? "reactivate a webhook" : "deactivate a webhook",
    role: "admin",
    input: webhookChangeInput,
    authorize: (_viewer, input, tx) => webhookVerdict(tx, input.id, active),
    handler: async ({ input, tx }) => {
      const hook = await tx.outboundWebhook.update({
        where: { id: input.id },
        data: { active },
        select: { url: true },
      });
      const url = displayWebhookUrl(hook.url);
      return {
        data: { id: input.id, url, active },
        events: [
          {
            kind: active ? "notify.webhook.reactivated" : "notify.webhook.deactivated",
            data: { webhookId: input.id, url, reason: input.reason },
          },
        ],
      };
    },
  };
}

export const deactivateWebhookDefinition = setActiveDefinition(false);
export const reactivateWebhookDefinition = setActiveDefinition(true);

export const deleteWebhookDefinition: ActionDefinition<typeof webhookChangeInput, Changed> = {
  action: "delete a webhook",
  role: "admin",
  input: webhookChangeInput,
  authorize: (_viewer, input, tx) => webhookVerdict(tx, input.id),
  handler: async ({ input, tx }) => {
    const hook = await tx.outboundWebhook.delete({ where: { id: input.id }, select: { url: true } });
    const url = displayWebhookUrl(hook.url);
    return {
      data: { id: input.id, url, active: null },
      events: [{ kind: "notify.webhook.deleted", data: { webhookId: input.id, url, reason: input.reason } }],
    };
  },
};

export const deactivateWebhookAction = defineAction(deactivateWebhookDefinition);
export const reactivateWebhookAction = defineAction(reactivateWebhookDefinition);
export const deleteWebhookAction = defineAction(deleteWebhookDefinition);
