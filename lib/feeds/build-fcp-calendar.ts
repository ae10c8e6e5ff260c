import { createEvents, type EventAttributes } from "ics";
import { shortTitle } from "./describe-feed-event";
import type { FcpCalendarRound } from "./feed-event";
import { proposalUrl, type Site } from "./site-links";

// `ics` accepts these at run time; its type declarations lack `timestamp` and insist on
// an end, where an FCP's end is an instant (RFC 5545 3.6.1: DTSTART alone is a
// zero-length event; a DTEND equal to DTSTART would be invalid).
type InstantEvent = Omit<EventAttributes, "end" | "duration"> & { timestamp: number };

/**
 * When the round was last revised: the DTSTAMP of a calendar without METHOD (RFC 5545
 * 3.8.7.2). Using it rather than "now" keeps the bytes, and so the ETag, stable.
 */
function lastRevised(round: FcpCalendarRound): number {
  const times = [round.proposedAt, round.startedAt, round.completedAt, round.cancelledAt];
  return Math.max(...times.filter((t): t is Date => t !== null).map((t) => t.getTime()));
}

function toEvent(round: FcpCalendarRound, site: Site): InstantEvent {
  const title = shortTitle(round.proposalNumber, round.proposalTitle);
  const url = proposalUrl(site, round.proposalNumber);
  const started = round.startedAt ? ` It started ${round.startedAt.toISOString()}.` : "";
  return {
    uid: `fcp-round-${round.id}@${site.hostname}`,
    timestamp: lastRevised(round),
    start: round.endsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    title: `FCP ends: MSC${round.proposalNumber} ${title} (${round.disposition})`,
    description: `Final comment period to ${round.disposition} MSC${round.proposalNumber}, proposed by @${round.proposedBy}.${started} ${url}`,
    url,
    // A cancelled round stays in the calendar, marked, so subscribers see it called off.
    status: round.cancelledAt ? "CANCELLED" : "CONFIRMED",
    transp: "TRANSPARENT",
  };
}

/** An iCalendar (RFC 5545) with one event at the end of each FCP round given. */
export function buildFcpCalendar(rounds: FcpCalendarRound[], site: Site): string {
  const { error, value } = createEvents(rounds.map((round) => toEvent(round, site)) as unknown as EventAttributes[], {
    productId: "-//MSC Tracker//FCP end dates//EN",
    calName: "MSC final comment periods",
    // No METHOD: this is a published calendar, not a scheduling message (RFC 5546).
    method: undefined,
  });
  if (error || value === null) throw new Error(`Could not build the FCP calendar: ${error?.message ?? "no output"}`);
  return value;
}
