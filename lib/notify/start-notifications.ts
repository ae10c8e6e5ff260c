import "server-only";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { PrismaClient } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { runPeriodically } from "@/lib/server/run-periodically";
import { oneLine } from "./channels/delivery-error";
import { matrixRoom } from "./channels/matrix-room";
import { webhookPoster } from "./channels/post-webhook";
import { runNotifyPass, type NotifyOptions } from "./run-notify-pass";
import { smtpMailSender } from "./channels/smtp-mailer";

const TIMEOUT_MS = 10_000;

/** The app's public URL: NEXTAUTH_URL, as for sign-in, else the local server. */
export function publicUrlFromEnv(): string {
  const settings = env();
  return (settings.NEXTAUTH_URL ?? `http://localhost:${settings.PORT}`).replace(/\/+$/, "");
}

/** The notifier's settings from lib/env.ts. Webhooks need none: admins register them. */
export function notifyOptionsFromEnv(prisma: PrismaClient): NotifyOptions {
  const settings = env();
  const publicUrl = publicUrlFromEnv();
  const mailer =
    settings.SMTP_URL && settings.SMTP_FROM
      ? smtpMailSender({
          url: settings.SMTP_URL,
          from: settings.SMTP_FROM,
          messageIdDomain: new URL(publicUrl).hostname,
          timeoutMs: TIMEOUT_MS,
        })
      : null;
  const { MATRIX_HOMESERVER_URL: homeserverUrl, MATRIX_ACCESS_TOKEN: accessToken, MATRIX_ROOM_ID: roomId } = settings;
  return {
    prisma,
    instance: `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`,
    publicUrl,
    email: mailer?.send ?? null,
    matrix:
      homeserverUrl && accessToken && roomId
        ? {
            room: matrixRoom({ homeserverUrl, accessToken, roomId, timeoutMs: TIMEOUT_MS }),
            level: settings.MATRIX_LEVEL,
            scope: settings.MATRIX_SCOPE,
          }
        : null,
    webhook: webhookPoster({ timeoutMs: TIMEOUT_MS }),
    reminders: { positionDays: settings.REMINDER_POSITION_DAYS, mergeDays: settings.REMINDER_MERGE_DAYS },
    log: (line) => console.log(line),
  };
}

/**
 * Runs notification passes at start-up and every NOTIFY_INTERVAL_SECONDS (0: never)
 * beside the server. Passes never overlap, and the timer does not keep the process
 * alive. A failed pass (say, the database is down) logs one line; nothing here is in
 * the path of a request, a vote or the sync. Returns a stop function.
 */
export function startNotifications(prisma: PrismaClient, options: NotifyOptions | null = null): () => void {
  const seconds = env().NOTIFY_INTERVAL_SECONDS;
  if (seconds <= 0) return () => {};
  let notify: NotifyOptions;
  try {
    notify = options ?? notifyOptionsFromEnv(prisma);
  } catch (error) {
    console.error(`Notifications are off: ${oneLine(error)}`);
    return () => {};
  }
  const pass = async () => {
    try {
      await runNotifyPass(notify);
    } catch (error) {
      console.error(`Notification pass failed (retrying in ${seconds} s): ${oneLine(error)}`);
    }
  };
  return runPeriodically(pass, { firstDelayMs: 0, everyMs: seconds * 1000 });
}
