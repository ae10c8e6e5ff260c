import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { DeliveryError } from "../channels/delivery-error";
import type { ClaimedDelivery } from "./delivery-record";
import { digestSlotOf } from "../dispatch/digest-slot";
import { loadEventsByIds } from "../load-notify-events";
import type { MatrixRoom } from "../channels/matrix-room";
import { notificationLine, renderDigestMail, renderEventMail, webhookPayload } from "../notification-text";
import type { WebhookPoster } from "../channels/post-webhook";
import type { MailSender } from "../channels/smtp-mailer";

// Sends one claimed delivery. The message is built afresh from the stored events on
// every attempt; it depends on nothing that changes, so each retry sends the same text.
// Who it goes to is read now: a person who turned e-mail off, or a webhook switched off,
// since the delivery was planned gets nothing (recorded as given up, with the reason).

export type Channels = {
  email: MailSender | null;
  matrix: MatrixRoom | null;
  webhook: WebhookPoster;
};

export type DeliverContext = { prisma: PrismaClient; channels: Channels; publicUrl: string };

const gone = (why: string) => new DeliveryError(why, { permanent: true });

export async function deliver(ctx: DeliverContext, delivery: ClaimedDelivery): Promise<void> {
  const events = await loadEventsByIds(ctx.prisma, delivery.eventIds);
  const [first] = events;
  if (!first) throw gone("its events or their proposal no longer exist");

  if (delivery.channel === "matrix") {
    if (!ctx.channels.matrix) throw new DeliveryError("Matrix is not configured");
    await ctx.channels.matrix.post(delivery.targetId, delivery.id, notificationLine(first, ctx.publicUrl));
    return;
  }

  if (delivery.channel === "webhook") {
    const hook = await ctx.prisma.outboundWebhook.findUnique({ where: { id: Number(delivery.targetId) } });
    if (!hook?.active) throw gone("the webhook was removed or switched off");
    await ctx.channels.webhook({
      url: hook.url,
      secret: hook.secret,
      deliveryId: delivery.id,
      eventKind: first.kind,
      body: JSON.stringify(webhookPayload(delivery.id, first, ctx.publicUrl)),
    });
    return;
  }

  if (!ctx.channels.email) throw new DeliveryError("e-mail is not configured (SMTP_URL)");
  const user = await ctx.prisma.user.findUnique({
    where: { id: delivery.targetId },
    select: { email: true, emailPreference: { select: { enabled: true, address: true } } },
  });
  if (!user?.emailPreference?.enabled) throw gone("the recipient turned e-mail notifications off");
  const to = user.emailPreference.address ?? user.email;
  if (!to) throw gone("the recipient has no e-mail address");
  const slot = digestSlotOf(delivery.key);
  const mail = slot ? renderDigestMail(events, slot, ctx.publicUrl) : renderEventMail(first, ctx.publicUrl);
  await ctx.channels.email({ deliveryId: delivery.id, to, ...mail });
}
