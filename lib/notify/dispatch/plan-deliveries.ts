import { isReminderKind, reminderAddressee } from "@/lib/reminders/reminder-kinds";
import { digestKey, nextDigestSlot } from "./digest-slot";
import { dataField, type NotifyEvent } from "../notify-event";
import { reaches, type NotifyLevel } from "../notify-level";

// Who gets what: a pure function of the events and of who wants to hear, as the
// database says when the events are dispatched. The dispatcher writes its result as
// delivery rows; their unique key makes planning the same event twice harmless.

export type Channel = "email" | "matrix" | "webhook";

export type EmailRecipient = {
  userId: string;
  login: string | null;
  level: NotifyLevel;
  cadence: "immediate" | "daily";
  digestHour: number;
};

export type Audience = {
  /** Per proposal, its followers who turned e-mail on. */
  emailFollowers: ReadonlyMap<number, readonly EmailRecipient[]>;
  /** By lower-cased login, the people reminders are addressed to who turned e-mail on. */
  emailAddressees: ReadonlyMap<string, EmailRecipient>;
  webhooks: readonly { id: number; level: NotifyLevel }[];
  matrix: { roomId: string; level: NotifyLevel; scope: "all" | "followed" } | null;
  /** Proposals anyone follows (MATRIX_SCOPE=followed). */
  followed: ReadonlySet<number>;
};

export type PlannedDelivery = {
  channel: Channel;
  targetId: string;
  key: string;
  eventId: bigint;
  /** When it may be sent: now, or a digest's hour. */
  dueAt: Date;
  digest: boolean;
};

/**
 * Events older than this when dispatched are history, not news: a sync importing an
 * MSC's past, or a server that was down for days, must not mail about them.
 */
export const MAX_EVENT_AGE_MS = 48 * 3_600_000;

export function isNews(event: NotifyEvent, now: Date): boolean {
  if (now.getTime() - event.at.getTime() > MAX_EVENT_AGE_MS) return false;
  // `from: null` is the tracker seeing an MSC for the first time (a first sync), not a move.
  return !(event.kind === "status.changed" && !dataField(event.data, "from"));
}

export function planDeliveries(
  channel: Channel,
  events: readonly NotifyEvent[],
  audience: Audience,
  now: Date,
): PlannedDelivery[] {
  const planned: PlannedDelivery[] = [];
  for (const event of events) {
    if (!isNews(event, now)) continue;
    const single = (targetId: string): PlannedDelivery => ({
      channel,
      targetId,
      key: `event:${event.id}`,
      eventId: event.id,
      dueAt: now,
      digest: false,
    });
    const mail = (person: EmailRecipient): PlannedDelivery => {
      if (person.cadence === "immediate") return single(person.userId);
      const slot = nextDigestSlot(now, person.digestHour);
      return { ...single(person.userId), key: digestKey(slot), dueAt: slot, digest: true };
    };
    if (isReminderKind(event.kind)) {
      // Addressed to one person, not news: their e-mail only, whatever they follow and
      // at either level, and never the room or a webhook.
      const person = audience.emailAddressees.get(reminderAddressee(event)?.toLowerCase() ?? "");
      if (channel === "email" && person) planned.push(mail(person));
    } else if (channel === "webhook") {
      for (const hook of audience.webhooks) if (reaches(hook.level, event.kind)) planned.push(single(String(hook.id)));
    } else if (channel === "matrix") {
      const room = audience.matrix;
      const inScope = room?.scope === "all" || audience.followed.has(event.proposalNumber);
      if (room && inScope && reaches(room.level, event.kind)) planned.push(single(room.roomId));
    } else {
      for (const person of audience.emailFollowers.get(event.proposalNumber) ?? []) {
        if (!reaches(person.level, event.kind)) continue;
        // Nobody needs a mail about what they just did themselves.
        if (person.login && event.actorLogin?.toLowerCase() === person.login.toLowerCase()) continue;
        planned.push(mail(person));
      }
    }
  }
  return planned;
}
