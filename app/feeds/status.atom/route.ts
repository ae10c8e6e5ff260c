import { buildAtomFeed, feedUpdated } from "@/lib/feeds/build-atom-feed";
import { statusChangesFeed } from "@/lib/feeds/compose-feeds";
import { ATOM_CONTENT_TYPE, feedResponse } from "@/lib/feeds/feed-response";
import { loadStatusChanges } from "@/lib/feeds/load-feed-events";
import { siteFromRequest } from "@/lib/feeds/site-links";

/** GET /feeds/status.atom: the latest status moves of all MSCs. */
export async function GET(request: Request): Promise<Response> {
  const feed = statusChangesFeed(await loadStatusChanges(), siteFromRequest(request));
  return feedResponse(request, buildAtomFeed(feed), {
    contentType: ATOM_CONTENT_TYPE,
    lastModified: feedUpdated(feed),
  });
}
