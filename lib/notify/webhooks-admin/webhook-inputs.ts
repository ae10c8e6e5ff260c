import { z } from "zod";
import { reason } from "@/lib/admin/admin-inputs";
import { webhookUrlProblem } from "./webhook-url";

// Inputs of the webhook actions on /admin/notifications. As with every admin change,
// each carries a reason for the audit log.

export const webhookId = z.coerce.number({ error: "name a webhook by its number" }).int().positive().max(2_147_483_647);

export const registerWebhookInput = z.object({
  url: z
    .string({ error: "give the webhook's URL" })
    .trim()
    .superRefine((url, ctx) => {
      const problem = webhookUrlProblem(url);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  level: z.enum(["every", "significant"], { error: "level must be every or significant" }).default("significant"),
  /** Empty: one is generated. An entered one must be long enough not to be guessed. */
  secret: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z
      .string()
      .trim()
      .min(16, "a secret needs at least 16 characters (or leave it empty to have one made)")
      .max(200, "keep the secret under 200 characters")
      .optional(),
  ),
  reason,
});

export const webhookChangeInput = z.object({ id: webhookId, reason });
