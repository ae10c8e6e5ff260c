import type { AtomEntry, AtomFeed } from "./build-atom-feed";
import { describeFeedEvent, shortTitle } from "./describe-feed-event";
import type { FeedEvent } from "./feed-event";
import { proposalUrl, tagUri, type Site } from "./site-links";

// The three Atom feeds, from loaded events. Addresses are the ones app/feeds serves.

export const FEED_PATHS = {
  status: "/feeds/status.atom",
  fcp: "/feeds/fcp.atom",
  proposal: (number: number) => `/feeds/proposals/${number}.atom`,
  calendar: "/feeds/fcp.ics",
} as const;

export function toAtomEntry(event: FeedEvent, site: Site): AtomEntry {
  const { title, summary } = describeFeedEvent(event);
  return {
    id: tagUri(site, event.key),
    title,
    link: proposalUrl(site, event.proposalNumber),
    updated: event.at,
    summary,
    author: event.actorLogin,
  };
}

export function statusChangesFeed(events: FeedEvent[], site: Site): AtomFeed {
  return {
    id: tagUri(site, "feeds/status"),
    title: "MSC Tracker: status changes",
    subtitle: "Every Matrix spec change proposal that moved to a new status, newest first.",
    selfUrl: site.origin + FEED_PATHS.status,
    siteUrl: `${site.origin}/`,
    entries: events.map((event) => toAtomEntry(event, site)),
  };
}

export function fcpEventsFeed(events: FeedEvent[], site: Site): AtomFeed {
  return {
    id: tagUri(site, "feeds/fcp"),
    title: "MSC Tracker: final comment periods",
    subtitle: "Final comment periods proposed, started, finished and cancelled, newest first.",
    selfUrl: site.origin + FEED_PATHS.fcp,
    siteUrl: `${site.origin}/`,
    entries: events.map((event) => toAtomEntry(event, site)),
  };
}

export function proposalFeed(proposal: { number: number; title: string }, events: FeedEvent[], site: Site): AtomFeed {
  const msc = `MSC${proposal.number}`;
  return {
    id: tagUri(site, `feeds/proposals/${proposal.number}`),
    title: `${msc}: ${shortTitle(proposal.number, proposal.title)}`,
    subtitle: `Status, final comment period and label changes of ${msc}, newest first.`,
    selfUrl: site.origin + FEED_PATHS.proposal(proposal.number),
    siteUrl: proposalUrl(site, proposal.number),
    entries: events.map((event) => toAtomEntry(event, site)),
  };
}
