import { buildAtomFeed, feedUpdated } from "@/lib/feeds/build-atom-feed";
import { fcpEventsFeed } from "@/lib/feeds/compose-feeds";
import { ATOM_CONTENT_TYPE, feedResponse } from "@/lib/feeds/feed-response";
import { loadFcpEvents } from "@/lib/feeds/load-feed-events";
import { siteFromRequest } from "@/lib/feeds/site-links";

/** GET /feeds/fcp.atom: FCPs proposed, started, finished and cancelled, across all MSCs. */
export async function GET(request: Request): Promise<Response> {
  const feed = fcpEventsFeed(await loadFcpEvents(), siteFromRequest(request));
  return feedResponse(request, buildAtomFeed(feed), {
    contentType: ATOM_CONTENT_TYPE,
    lastModified: feedUpdated(feed),
  });
}
