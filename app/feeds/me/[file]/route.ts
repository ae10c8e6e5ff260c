import { buildAtomFeed, feedUpdated } from "@/lib/feeds/build-atom-feed";
import { ATOM_CONTENT_TYPE, feedNotFound, feedResponse } from "@/lib/feeds/feed-response";
import { siteFromRequest } from "@/lib/feeds/site-links";
import { getPrisma } from "@/lib/db/client";
import { privateAtomFeed } from "@/lib/me-feed/compose-private-feed";
import { loadPrivateFeed } from "@/lib/me-feed/load-private-feed";

/**
 * GET /feeds/me/{token}.atom: a reader's /me/feed for feed readers. The response cache
 * never stores it (lib/cache/cacheable-request.ts), and it is private to caches on the way.
 */
export async function GET(request: Request, context: { params: Promise<{ file: string }> }): Promise<Response> {
  const file = (await context.params).file;
  const page = file.endsWith(".atom") ? await loadPrivateFeed(await getPrisma(), file.slice(0, -5), new Date()) : null;
  if (!page) return feedNotFound("No such feed: this link is wrong or was revoked. Create a new one on /me/feed.");
  const feed = privateAtomFeed(page.entries, siteFromRequest(request));
  const response = feedResponse(request, buildAtomFeed(feed), {
    contentType: ATOM_CONTENT_TYPE,
    lastModified: feedUpdated(feed),
  });
  response.headers.set("cache-control", "private, no-cache");
  response.headers.set("referrer-policy", "no-referrer");
  return response;
}
