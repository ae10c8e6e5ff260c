import "server-only";
import { markDataChanged } from "@/lib/cache/data-generation";
import type { PrismaClient } from "@/lib/db/generated/client";
import { applyWebhook, HANDLED_EVENTS } from "./apply-webhook";
import { verifySignature } from "./verify-signature";

export type WebhookContext = { prisma: PrismaClient; secret: string | undefined; team: string };
export type WebhookResult = { status: number; body: { message: string; duplicate?: boolean } };

const reply = (status: number, message: string, duplicate?: boolean): WebhookResult => ({
  status,
  body: duplicate ? { message, duplicate } : { message },
});

/**
 * One delivery from GitHub: verify, parse, then apply it and record its delivery id in
 * one transaction. A redelivery (same id) is acknowledged without applying it twice;
 * anything rejected leaves the database untouched.
 */
export async function receiveWebhook(
  headers: Headers,
  payload: string,
  context: WebhookContext,
): Promise<WebhookResult> {
  if (!context.secret) return reply(503, "Webhooks are not configured: set GITHUB_WEBHOOK_SECRET.");
  const event = headers.get("x-github-event");
  const delivery = headers.get("x-github-delivery");
  if (!event || !delivery) return reply(400, "Missing X-GitHub-Event or X-GitHub-Delivery header.");
  if (!(await verifySignature(context.secret, payload, headers.get("x-hub-signature-256")))) {
    return reply(401, "Bad or missing X-Hub-Signature-256: the payload was not signed with GITHUB_WEBHOOK_SECRET.");
  }
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(payload) as Record<string, unknown>;
  } catch {
    return reply(400, "The payload is not valid JSON.");
  }
  if (!(HANDLED_EVENTS as readonly string[]).includes(event))
    return reply(400, `Event "${event}" is not handled by the tracker.`);
  if (event === "ping") return reply(200, "pong");

  const receivedAt = new Date();
  const action = typeof body.action === "string" ? body.action : null;
  try {
    await context.prisma.$transaction(async (tx) => {
      await tx.webhookDelivery.create({ data: { deliveryId: delivery, event, action, receivedAt } });
      await applyWebhook(tx, event, body, context.team, receivedAt);
      await tx.webhookDelivery.update({ where: { deliveryId: delivery }, data: { processedAt: new Date() } });
    });
  } catch (error) {
    // A unique-key clash is a replay only when this delivery id is what clashed; any
    // other clash (say two issues with one GitHub id) is a real failure, not a duplicate.
    if ((error as { code?: string }).code === "P2002" && (await deliveryRecorded(context.prisma, delivery))) {
      return reply(200, "Already processed.", true);
    }
    if (error instanceof TypeError) return reply(400, `The ${event} payload is missing fields the tracker needs.`);
    throw error;
  }
  // After the commit, before the reply: whoever reads after GitHub's 200 sees the change.
  markDataChanged();
  return reply(200, "Processed.");
}

async function deliveryRecorded(prisma: WebhookContext["prisma"], deliveryId: string): Promise<boolean> {
  return (await prisma.webhookDelivery.count({ where: { deliveryId } })) > 0;
}
