import { isReminderKind } from "./reminder-kinds";

// The words of a reminder, for its mail, /me/feed and the private Atom feed. Addressed
// to the reader ("your position"), since nobody else ever sees one.

type ReminderFacts = { kind: string; proposalNumber: number; disposition: string | null; data: unknown };

/** "4 days", "1 day", "1.5 days"; under a day in hours, so tiny test settings still read. */
export function formatDays(days: number): string {
  if (days >= 1) {
    const rounded = Math.round(days * 10) / 10;
    return rounded === 1 ? "1 day" : `${rounded} days`;
  }
  const hours = Math.round(days * 24);
  if (hours >= 1) return hours === 1 ? "1 hour" : `${hours} hours`;
  return "less than an hour";
}

/** The reminder's one line, or null when the event is not a reminder. */
export function reminderHeadline(event: ReminderFacts): string | null {
  if (!isReminderKind(event.kind)) return null;
  const data = typeof event.data === "object" && event.data !== null ? (event.data as Record<string, unknown>) : {};
  const waited = typeof data.days === "number" ? formatDays(data.days) : "some time";
  const msc = `MSC${event.proposalNumber}`;
  if (event.kind === "reminder.merge") {
    return `Reminder: ${msc} finished FCP to merge ${waited} ago; its pull request is not merged yet`;
  }
  const fcp = event.disposition ? `FCP to ${event.disposition}` : "FCP";
  return `Reminder: ${msc} has waited ${waited} for your position on ${fcp}`;
}
