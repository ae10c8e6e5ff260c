import { getPrisma } from "@/lib/db/client";
import { privateFeedResponse } from "@/lib/me-feed/private-feed-response";

/**
 * GET /feeds/me/{token}.atom: a reader's /me/feed for feed readers. The response cache
 * never stores it (lib/cache/cacheable-request.ts).
 */
export async function GET(request: Request, context: { params: Promise<{ file: string }> }): Promise<Response> {
  return privateFeedResponse(request, await getPrisma(), (await context.params).file, new Date());
}
