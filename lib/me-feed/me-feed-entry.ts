import { formatUtc } from "@/lib/feeds/describe-feed-event";
import { headline } from "@/lib/notify/notification-text";
import type { NotifyEvent } from "@/lib/notify/notify-event";

// One line of /me/feed and of the private Atom feed: plain data, worded as notifications
// word it (lib/notify/notification-text.ts, itself the feeds' and the timeline's words).

export type MeFeedEntry = {
  /** "event/12", or "ending-soon/7" for a round's derived entry. */
  key: string;
  at: Date;
  proposalNumber: number;
  proposalTitle: string;
  headline: string;
  actorLogin: string | null;
  /** Newer than the reader's last "Mark all as read". */
  isNew: boolean;
};

/** How far a reader has read: events with a larger id, and derived entries after `readAt`. */
export type ReadMark = { readUpToEventId: bigint | null; readAt: Date | null };

/** How long before its end an FCP shows as ending soon. */
export const ENDING_SOON_MS = 24 * 60 * 60 * 1000;

export function eventEntry(event: NotifyEvent, read: ReadMark): MeFeedEntry {
  return {
    key: `event/${event.id}`,
    at: event.at,
    proposalNumber: event.proposalNumber,
    proposalTitle: event.proposalTitle,
    headline: headline(event),
    actorLogin: event.actorLogin,
    isNew: read.readUpToEventId === null || event.id > read.readUpToEventId,
  };
}

export type EndingRound = {
  id: number;
  proposalNumber: number;
  proposalTitle: string;
  disposition: string;
  endsAt: Date;
};

/**
 * An open FCP within a day of its end. Not stored: it is a function of the round's end
 * and the clock, dated when it entered its last day, so it sorts among the events there.
 */
export function endingSoonEntry(round: EndingRound, read: ReadMark): MeFeedEntry {
  const at = new Date(round.endsAt.getTime() - ENDING_SOON_MS);
  return {
    key: `ending-soon/${round.id}`,
    at,
    proposalNumber: round.proposalNumber,
    proposalTitle: round.proposalTitle,
    headline: `MSC${round.proposalNumber}: FCP to ${round.disposition} ends soon, at ${formatUtc(round.endsAt)}`,
    actorLogin: null,
    isNew: read.readAt === null || read.readAt < at,
  };
}
