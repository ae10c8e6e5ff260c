import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { oneLine } from "@/lib/notify/channels/delivery-error";
import { loadReminderRounds } from "./load-reminder-rounds";
import { planReminders, reminderDedupeKey, type ReminderSettings } from "./plan-reminders";

export type ReminderStep = {
  prisma: PrismaClient;
  now: Date;
  /** Absent: reminders are off (tests of other notifications). */
  settings: ReminderSettings | undefined;
  log: (line: string) => void;
};

/**
 * Writes one event per due reminder and person, as the first step of a notification
 * pass so that the dispatch right after it mails them. The dedupe key makes a second
 * pass, or a second instance at the same moment, record nothing new. A failure is
 * logged in one line and the pass goes on: a missed reminder is due again next pass.
 */
export async function recordDueReminders(step: ReminderStep): Promise<number> {
  const { prisma, now, settings } = step;
  if (!settings || (settings.positionDays <= 0 && settings.mergeDays <= 0)) return 0;
  try {
    const { rounds, currentTeam } = await loadReminderRounds(prisma, now);
    const due = planReminders(rounds, currentTeam, settings, now);
    if (due.length === 0) return 0;
    const { count } = await prisma.event.createMany({
      data: due.map((reminder) => ({
        kind: reminder.kind,
        proposalNumber: reminder.proposalNumber,
        fcpRoundId: reminder.roundId,
        at: now,
        actorLogin: null,
        source: "system" as const,
        data: { login: reminder.login, number: reminder.number, days: reminder.days },
        dedupeKey: reminderDedupeKey(reminder),
      })),
      skipDuplicates: true,
    });
    return count;
  } catch (error) {
    step.log(`Reminders: recording due reminders failed: ${oneLine(error)}`);
    return 0;
  }
}
