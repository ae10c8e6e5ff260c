import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { buildAtomFeed, feedUpdated } from "@/lib/feeds/build-atom-feed";
import { ATOM_CONTENT_TYPE, feedNotFound, feedResponse } from "@/lib/feeds/feed-response";
import { siteFromRequest } from "@/lib/feeds/site-links";
import { privateAtomFeed } from "./compose-private-feed";
import { loadPrivateFeed } from "./load-private-feed";

/**
 * The answer to GET /feeds/me/{token}.atom: the reader's feed with an ETag (304 when the
 * reader has it), private to caches on the way, or a 404 for a wrong or revoked token.
 */
export async function privateFeedResponse(request: Request, db: PrismaClient, file: string, now: Date) {
  const page = file.endsWith(".atom") ? await loadPrivateFeed(db, file.slice(0, -".atom".length), now) : null;
  if (!page) return feedNotFound("No such feed: this link is wrong or was revoked. Create a new one on /me/feed.");
  const feed = privateAtomFeed(page.entries, siteFromRequest(request));
  const response = feedResponse(request, buildAtomFeed(feed), {
    contentType: ATOM_CONTENT_TYPE,
    lastModified: feedUpdated(feed),
  });
  response.headers.set("cache-control", "private, no-cache");
  // The address is the secret: a link followed from a reader must not carry it elsewhere.
  response.headers.set("referrer-policy", "no-referrer");
  return response;
}
