import { defineFormRoute } from "@/lib/auth/define-action";
import { markReadDefinition } from "@/lib/me-feed/me-feed-actions";

/** POST /api/v1/me/feed/read {upTo}: everything up to that event is no longer "New". */
export const POST = defineFormRoute(markReadDefinition, {
  redirectTo: () => "/me/feed#feed",
  successMessage: () => "Marked all as read.",
});
