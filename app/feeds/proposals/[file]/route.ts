import { z } from "zod";
import { buildAtomFeed, feedUpdated } from "@/lib/feeds/build-atom-feed";
import { proposalFeed } from "@/lib/feeds/compose-feeds";
import { ATOM_CONTENT_TYPE, feedNotFound, feedResponse } from "@/lib/feeds/feed-response";
import { loadProposalFeed } from "@/lib/feeds/load-proposal-feed";
import { siteFromRequest } from "@/lib/feeds/site-links";

// "4543.atom" -> 4543. Anything else names no feed: a 404, as for any unknown address.
const fileSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}\.atom$/)
  .transform((file) => Number(file.slice(0, -".atom".length)))
  .refine((number) => number <= 2_147_483_647);

/** GET /feeds/proposals/{number}.atom: one MSC's status, FCP and label changes. */
export async function GET(request: Request, context: { params: Promise<{ file: string }> }): Promise<Response> {
  const parsed = fileSchema.safeParse((await context.params).file);
  if (!parsed.success) return feedNotFound("No such feed: MSC feeds are at /feeds/proposals/{number}.atom.");
  const data = await loadProposalFeed(parsed.data);
  if (!data) return feedNotFound(`MSC${parsed.data} is not known to the tracker.`);
  const feed = proposalFeed(data.proposal, data.events, siteFromRequest(request));
  return feedResponse(request, buildAtomFeed(feed), {
    contentType: ATOM_CONTENT_TYPE,
    lastModified: feedUpdated(feed),
  });
}
