import { describeFeedEvent, shortTitle } from "@/lib/feeds/describe-feed-event";
import { COMMENTS_ADDED } from "@/lib/github/sync/comment-count-change";
import { describeTimelineEntry } from "@/lib/proposals/timeline/describe-timeline-entry";
import { isReminderKind } from "@/lib/reminders/reminder-kinds";
import { reminderHeadline } from "@/lib/reminders/reminder-text";
import { dataField, type NotifyEvent } from "./notify-event";

// The words of every notification: plain text, one line per event, with a link to the
// MSC's page. Status moves and FCP steps read as the feeds word them; votes and concerns
// as the timeline does, so a reader meets the same sentence everywhere.

/** "MSC4543 moved from In review to Proposed FCP", "MSC4543: m1 approved the FCP to merge". */
export function headline(event: NotifyEvent): string {
  const reminder = reminderHeadline(event);
  if (reminder) return reminder;
  if (event.kind === "status.changed" || event.kind.startsWith("fcp.")) {
    return describeFeedEvent({ ...event, key: `event/${event.id}` }).title;
  }
  if (event.kind === COMMENTS_ADDED) return `MSC${event.proposalNumber}: ${describeCommentsAdded(event.data)}`;
  const data = typeof event.data === "object" && event.data !== null ? (event.data as Record<string, unknown>) : {};
  const sentence = describeTimelineEntry({
    kind: event.kind,
    actor: event.actorLogin,
    data: { disposition: event.disposition ?? undefined, ...data },
  });
  return `MSC${event.proposalNumber}: ${sentence}`;
}

/** "3 new comments on GitHub (45 in all)"; the count is GitHub's, the comments are not read. */
export function describeCommentsAdded(data: unknown): string {
  const from = dataField(data, "from");
  const to = dataField(data, "to");
  if (typeof from !== "number" || typeof to !== "number" || to <= from) return "New comments on GitHub";
  const added = to - from === 1 ? "1 new comment" : `${to - from} new comments`;
  return `${added} on GitHub (${to} in all)`;
}

export function proposalUrl(publicUrl: string, proposalNumber: number): string {
  return `${publicUrl.replace(/\/+$/, "")}/proposals/${proposalNumber}`;
}

/** One event as one line: what happened, the MSC's title, and where to read more. */
export function notificationLine(event: NotifyEvent, publicUrl: string): string {
  const title = shortTitle(event.proposalNumber, event.proposalTitle);
  return `${headline(event)} (${title}): ${proposalUrl(publicUrl, event.proposalNumber)}`;
}

export type MailText = { subject: string; text: string };

const FOOTER = "You get this because you follow these MSCs and turned on e-mail notifications in MSC Tracker.";
const REMINDER_FOOTER =
  "You get this because a reminder in MSC Tracker is addressed to you and you turned on its e-mail notifications.";

/** Why the reader gets the mail: they follow the MSCs, a reminder is theirs, or both. */
function footer(events: readonly NotifyEvent[]): string {
  const reminders = events.filter((event) => isReminderKind(event.kind)).length;
  if (reminders === 0) return FOOTER;
  return reminders === events.length ? REMINDER_FOOTER : `${FOOTER}\n${REMINDER_FOOTER}`;
}

/** An immediate mail: one event. */
export function renderEventMail(event: NotifyEvent, publicUrl: string): MailText {
  const title = shortTitle(event.proposalNumber, event.proposalTitle);
  return {
    subject: `${headline(event)} (${title})`,
    text: `${notificationLine(event, publicUrl)}\n\n-- \n${footer([event])}\n`,
  };
}

/**
 * A daily digest: the day's events grouped by MSC (lowest number first), each group in
 * the order things happened. `slot` is when the digest is due, named in the subject.
 */
export function renderDigestMail(events: readonly NotifyEvent[], slot: Date, publicUrl: string): MailText {
  const byMsc = new Map<number, NotifyEvent[]>();
  for (const event of [...events].sort((a, b) => a.at.getTime() - b.at.getTime() || Number(a.id - b.id))) {
    byMsc.set(event.proposalNumber, [...(byMsc.get(event.proposalNumber) ?? []), event]);
  }
  const sections = [...byMsc.entries()]
    .sort(([a], [b]) => a - b)
    .map(([number, list]) => {
      const title = `MSC${number}: ${shortTitle(number, list[0]!.proposalTitle)}`;
      const lines = list.map((event) => `- ${event.at.toISOString().slice(11, 16)} UTC ${headline(event)}`);
      return [title, ...lines, proposalUrl(publicUrl, number)].join("\n");
    });
  const count = events.length === 1 ? "1 change" : `${events.length} changes`;
  const mscs = byMsc.size === 1 ? "1 MSC" : `${byMsc.size} MSCs`;
  return {
    subject: `MSC Tracker digest for ${slot.toISOString().slice(0, 10)}: ${count} on ${mscs}`,
    text: `${sections.join("\n\n")}\n\n-- \n${footer(events)}\n`,
  };
}

/** The JSON body of a webhook POST. Built from stored facts only, so a retry sends the same bytes. */
export function webhookPayload(deliveryId: string, event: NotifyEvent, publicUrl: string) {
  return {
    delivery: deliveryId,
    event: event.kind,
    event_id: String(event.id),
    at: event.at.toISOString(),
    actor: event.actorLogin,
    msc: event.proposalNumber,
    title: event.proposalTitle,
    url: proposalUrl(publicUrl, event.proposalNumber),
    ...(event.kind === "status.changed" || event.kind === COMMENTS_ADDED
      ? { from: dataField(event.data, "from") ?? null, to: dataField(event.data, "to") ?? null }
      : {}),
    ...(event.disposition ? { disposition: event.disposition } : {}),
    data: event.data,
    text: headline(event),
  };
}
