import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { ReminderSettings } from "@/lib/reminders/plan-reminders";
import { recordDueReminders } from "@/lib/reminders/record-reminders";
import { applySavedSearches } from "@/lib/saved-searches/apply-saved-searches";
import { oneLine } from "./channels/delivery-error";
import { claimDelivery, findDueDeliveries, recordFailure, recordSent } from "./send/delivery-record";
import { deliver } from "./send/deliver";
import { dispatchChannel } from "./dispatch/dispatch-channel";
import type { MatrixRoom } from "./channels/matrix-room";
import type { NotifyLevel } from "./notify-level";
import type { Channel } from "./dispatch/plan-deliveries";
import type { WebhookPoster } from "./channels/post-webhook";
import { afterFailure, MAX_ATTEMPTS } from "./send/retry-schedule";
import type { MailSender } from "./channels/smtp-mailer";

const SEND_BATCH = 50;
const MAX_SEND_BATCHES = 20;

export type NotifyOptions = {
  prisma: PrismaClient;
  /** Names this process in claims: hostname, pid and a random part. */
  instance: string;
  /** The app's public URL, for the links in messages. */
  publicUrl: string;
  email: MailSender | null;
  matrix: { room: MatrixRoom; level: NotifyLevel; scope: "all" | "followed" } | null;
  webhook: WebhookPoster;
  /** REMINDER_POSITION_DAYS and REMINDER_MERGE_DAYS; absent: no reminders. */
  reminders?: ReminderSettings;
  log: (line: string) => void;
  now?: () => Date;
  maxAttempts?: number;
  graceMs?: number;
};

export type NotifyPassResult = { created: number; sent: number; failed: number; skipped: number };

/**
 * One pass: follow what saved searches newly match, derive new deliveries from the
 * events, then send every due one. Each failure is recorded on its delivery with a
 * back-off and the pass goes on; a channel that cannot be read or reached never stops
 * the others.
 */
export async function runNotifyPass(options: NotifyOptions): Promise<NotifyPassResult> {
  const { prisma, instance, log } = options;
  const now = options.now?.() ?? new Date();
  const result: NotifyPassResult = { created: 0, sent: 0, failed: 0, skipped: 0 };
  const channels: Channel[] = ["webhook"];
  if (options.email) channels.push("email");
  if (options.matrix) channels.push("matrix");
  const matrixTarget = options.matrix
    ? { roomId: options.matrix.room.roomId, level: options.matrix.level, scope: options.matrix.scope }
    : null;

  await recordDueReminders({ prisma, now, settings: options.reminders, log });
  // Saved searches are applied before dispatch, so that the event which made an MSC match
  // reaches the follower it gains in this same pass. Only events already committed when
  // they are applied are dispatched now: one a sync commits in between waits for the
  // next pass, whose saved searches will have seen it.
  const upToEventId = await newestEventId(prisma).catch(() => null);
  try {
    await applySavedSearches(prisma, { now });
  } catch (error) {
    log(`Notifications: applying saved searches failed: ${oneLine(error)}`);
  }

  for (const channel of channels) {
    try {
      const dispatchOptions = { prisma, now, matrix: matrixTarget, graceMs: options.graceMs, upToEventId };
      result.created += await dispatchChannel(channel, dispatchOptions);
    } catch (error) {
      log(`Notifications: dispatching ${channel} failed: ${oneLine(error)}`);
    }
  }

  const context = {
    prisma,
    publicUrl: options.publicUrl,
    channels: { email: options.email, matrix: options.matrix?.room ?? null, webhook: options.webhook },
  };
  const sendOne = async (id: string) => {
    const delivery = await claimDelivery(prisma, id, instance, now);
    if (!delivery) {
      result.skipped++;
      return;
    }
    try {
      await deliver(context, delivery);
      await recordSent(prisma, delivery, instance, now);
      result.sent++;
    } catch (error) {
      result.failed++;
      const outcome = afterFailure(error, delivery.attempts + 1, now, options.maxAttempts ?? MAX_ATTEMPTS);
      log(`Notifications: ${delivery.channel} delivery ${delivery.id} failed: ${outcome.lastError}`);
      // With the database down too, the claim lapses on its own and the delivery is retried.
      await recordFailure(prisma, delivery, instance, outcome).catch((recordError: unknown) =>
        log(`Notifications: could not record the failure of ${delivery.id}: ${oneLine(recordError)}`),
      );
    }
  };
  // Batches until nothing is due: a sent, failed or claimed delivery is not due again in
  // this pass, so each batch is new work; the cap bounds a pass behind a large fan-out.
  for (let batch = 0; batch < MAX_SEND_BATCHES; batch++) {
    const due = await findDueDeliveries(prisma, channels, now, SEND_BATCH);
    for (const id of due) await sendOne(id);
    if (due.length < SEND_BATCH) break;
  }
  return result;
}

async function newestEventId(prisma: PrismaClient): Promise<bigint | null> {
  return (await prisma.event.aggregate({ _max: { id: true } }))._max.id;
}
