import "server-only";
import { defineFormRoute } from "@/lib/auth/define-action";
import type { ActionDefinition } from "@/lib/auth/run-action";
import { followDefinition, type followInput, unfollowDefinition } from "./follow-actions";

type Params = { number: string };

/**
 * The follow and unfollow routes. A form on /me asks to come back there
 * (`?return=me`); any other form goes back to the MSC's page. Only those two targets
 * exist, so the query cannot redirect anywhere else.
 */
function followRoute(definition: ActionDefinition<typeof followInput, { changed: boolean; following: boolean }>) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    const toMe = new URL(request.url).searchParams.get("return") === "me";
    const route = defineFormRoute(definition, {
      fromParams: ({ number }: Params) => ({ proposalNumber: number }),
      redirectTo: ({ number }: Params) => (toMe ? "/me#following" : `/proposals/${encodeURIComponent(number)}#follow`),
      successMessage: ({ changed, following }) =>
        `${following ? "Following" : "No longer following"} this MSC${changed ? "" : " (nothing changed)"}.`,
    });
    return route(request, context);
  };
}

export const followRouteHandler = followRoute(followDefinition);
export const unfollowRouteHandler = followRoute(unfollowDefinition);
