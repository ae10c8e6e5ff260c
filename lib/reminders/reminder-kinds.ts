// Reminders are events addressed to one person (data.login), not news about an MSC: they
// reach that person's e-mail and /me/feed only, never a public page, the Matrix room or
// a webhook. So they are kept out of the notification levels (lib/notify/notify-level.ts).

export const REMINDER_KINDS = ["reminder.position", "reminder.merge"] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export function isReminderKind(kind: string): kind is ReminderKind {
  return (REMINDER_KINDS as readonly string[]).includes(kind);
}

/** The login a reminder is addressed to, or null for any other event (or a malformed one). */
export function reminderAddressee(event: { kind: string; data: unknown }): string | null {
  if (!isReminderKind(event.kind) || typeof event.data !== "object" || event.data === null) return null;
  const login = (event.data as Record<string, unknown>).login;
  return typeof login === "string" && login !== "" ? login : null;
}
