import { defineFormRoute } from "@/lib/auth/define-action";
import { siteFromRequest } from "@/lib/feeds/site-links";
import { privateFeedPath } from "@/lib/me-feed/feed-token";
import { createFeedLinkDefinition } from "@/lib/me-feed/me-feed-actions";

/**
 * POST /api/v1/me/feed/link: a new private feed link, replacing any old one. The link is
 * in the answer only (JSON, or the one-time message a form returns to): it is not stored.
 */
export async function POST(request: Request, context: { params: Promise<Record<string, never>> }): Promise<Response> {
  const origin = siteFromRequest(request).origin;
  const route = defineFormRoute(createFeedLinkDefinition, {
    redirectTo: () => "/me/feed#feed-link",
    successMessage: ({ token, replaced }) =>
      `${replaced ? "Feed link replaced: the old one no longer works." : "Feed link created."} ` +
      `Copy it now, it is shown only this once: ${origin}${privateFeedPath(token)}`,
  });
  return route(request, context);
}
