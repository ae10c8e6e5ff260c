import { unfollowRouteHandler } from "@/lib/follows/follow-route";

/** POST /api/v1/proposals/{number}/unfollow: a signed-in reader stops following the MSC (idempotent). */
export const POST = unfollowRouteHandler;
