import { followRouteHandler } from "@/lib/follows/follow-route";

/** POST /api/v1/proposals/{number}/follow: a signed-in reader follows the MSC (idempotent). */
export const POST = followRouteHandler;
