import type { AtomFeed } from "@/lib/feeds/build-atom-feed";
import { proposalUrl, tagUri, type Site } from "@/lib/feeds/site-links";
import { shortTitle } from "@/lib/feeds/describe-feed-event";
import type { MeFeedEntry } from "./me-feed-entry";

/**
 * The private Atom feed: the entries of /me/feed. Its self link is the page, not the
 * token's address, so the document never repeats the secret (readers keep their own URL).
 */
export function privateAtomFeed(entries: MeFeedEntry[], site: Site): AtomFeed {
  return {
    id: tagUri(site, "feeds/me"),
    title: "MSC Tracker: the MSCs I follow",
    subtitle:
      "Status moves, final comment periods, concerns and new comments on the MSCs you follow, and reminders addressed to you, newest first.",
    selfUrl: `${site.origin}/me/feed`,
    siteUrl: `${site.origin}/me/feed`,
    entries: entries.map((entry) => ({
      id: tagUri(site, entry.key),
      title: entry.headline,
      link: proposalUrl(site, entry.proposalNumber),
      updated: entry.at,
      summary: `${entry.headline}. MSC${entry.proposalNumber}: ${shortTitle(entry.proposalNumber, entry.proposalTitle)}.`,
      author: entry.actorLogin,
    })),
  };
}
