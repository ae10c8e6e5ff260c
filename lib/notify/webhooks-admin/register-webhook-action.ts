import "server-only";
import { randomBytes } from "node:crypto";
import { defineAction } from "@/lib/auth/define-action";
import type { ActionDefinition } from "@/lib/auth/run-action";
import { registerWebhookInput } from "./webhook-inputs";
import { displayWebhookUrl } from "./webhook-url";

type Registered = { id: number; url: string; level: "every" | "significant"; generatedSecret: string | null };

/**
 * Registers an outbound webhook. A secret left empty is made here (32 random bytes) and
 * returned once, so the admin can copy it to the receiver; it is never shown again nor
 * written to the audit log, which records the URL without credentials or query.
 */
export const registerWebhookDefinition: ActionDefinition<typeof registerWebhookInput, Registered> = {
  action: "register a webhook",
  role: "admin",
  input: registerWebhookInput,
  handler: async ({ input, viewer, tx }) => {
    const generatedSecret = input.secret === undefined ? randomBytes(32).toString("hex") : null;
    const hook = await tx.outboundWebhook.create({
      data: {
        url: input.url,
        secret: input.secret ?? generatedSecret!,
        level: input.level,
        createdBy: viewer.login!,
      },
      select: { id: true },
    });
    const url = displayWebhookUrl(input.url);
    return {
      data: { id: hook.id, url, level: input.level, generatedSecret },
      events: [
        {
          kind: "notify.webhook.registered",
          data: { webhookId: hook.id, url, level: input.level, reason: input.reason },
        },
      ],
    };
  },
};

export const registerWebhookAction = defineAction(registerWebhookDefinition);
