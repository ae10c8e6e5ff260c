import { defineFormRoute } from "@/lib/auth/define-action";
import { revokeFeedLinkDefinition } from "@/lib/me-feed/me-feed-actions";

/** POST /api/v1/me/feed/link/revoke: the private feed link stops working (404). */
export const POST = defineFormRoute(revokeFeedLinkDefinition, {
  redirectTo: () => "/me/feed#feed-link",
  successMessage: ({ revoked }) => (revoked ? "Feed link revoked." : "You had no feed link (nothing changed)."),
});
