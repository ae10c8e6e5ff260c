import { Feed } from "feed";

export type AtomEntry = {
  id: string;
  title: string;
  link: string;
  updated: Date;
  summary: string;
  /** A GitHub login, when someone is known to have done it. */
  author: string | null;
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle: string;
  /** The feed's own address (rel="self"), which Atom readers use to re-subscribe. */
  selfUrl: string;
  /** The page the feed is about (rel="alternate"). */
  siteUrl: string;
  entries: AtomEntry[];
};

// Characters XML 1.0 cannot carry at all, even escaped; a title with one would make the
// whole document unreadable, so they are dropped.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function plainText(text: string): string {
  return text.replace(NOT_XML, "");
}

/**
 * `feed` writes entry titles and summaries as type="html" inside CDATA, so text that
 * is meant to be plain must be HTML-escaped first: otherwise a title like
 * "<img src=x onerror=...>" is markup to the reader, and "]]>" ends the CDATA early
 * (the library escapes only its first occurrence).
 */
export function escapeHtml(text: string): string {
  return plainText(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;

function author(login: string) {
  const name = plainText(login);
  return GITHUB_LOGIN.test(login) ? { name, link: `https://github.com/${login.replace("[bot]", "")}` } : { name };
}

/**
 * The feed's time is its newest entry's, never "now": the same data then gives the same
 * bytes, which is what lets the ETag answer feed readers' polls with 304.
 */
export function feedUpdated(feed: AtomFeed): Date {
  const times = feed.entries.map((entry) => entry.updated.getTime());
  return new Date(times.length > 0 ? Math.max(...times) : 0);
}

/** The Atom 1.0 document (RFC 4287) for a feed; an empty feed is still a valid one. */
export function buildAtomFeed(feed: AtomFeed): string {
  const atom = new Feed({
    id: feed.id,
    title: plainText(feed.title),
    description: plainText(feed.subtitle),
    link: feed.siteUrl,
    feed: feed.selfUrl,
    updated: feedUpdated(feed),
    generator: "MSC Tracker",
    // RFC 4287 requires an author on the feed unless every entry has one.
    author: { name: "MSC Tracker" },
  });
  for (const entry of feed.entries) {
    atom.addItem({
      id: entry.id,
      title: escapeHtml(entry.title),
      link: entry.link,
      date: entry.updated,
      description: escapeHtml(entry.summary),
      ...(entry.author ? { author: [author(entry.author)] } : {}),
    });
  }
  return atom.atom1();
}
