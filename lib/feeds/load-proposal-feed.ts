import "server-only";
import { getPrisma } from "../db/client";
import type { PrismaClient } from "../db/generated/client";
import type { FeedEvent } from "./feed-event";
import { FCP_EVENT_KINDS, FEED_EVENT_SELECT, FEED_SIZE, NEWEST_FIRST, toFeedEvent } from "./load-feed-events";

export type ProposalFeedData = { proposal: { number: number; title: string }; events: FeedEvent[] };

/**
 * One MSC's status moves, FCP steps and label changes, newest first, or null for an
 * unknown number. Three queries, whatever the MSC's history.
 */
export async function loadProposalFeed(
  number: number,
  limit = FEED_SIZE,
  prisma?: PrismaClient,
): Promise<ProposalFeedData | null> {
  const db = prisma ?? (await getPrisma());
  const proposal = await db.proposal.findUnique({ where: { number }, select: { number: true, title: true } });
  if (!proposal) return null;

  const [events, labelChanges] = await Promise.all([
    db.event.findMany({
      where: { proposalNumber: number, kind: { in: ["status.changed", ...FCP_EVENT_KINDS] } },
      orderBy: NEWEST_FIRST,
      take: limit,
      select: FEED_EVENT_SELECT,
    }),
    db.labelChange.findMany({
      where: { proposalNumber: number },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: limit,
      select: { id: true, labelName: true, action: true, actorLogin: true, at: true },
    }),
  ]);

  const labels: FeedEvent[] = labelChanges.map((change) => ({
    key: `label-change/${change.id}`,
    kind: `label.${change.action}`,
    at: change.at,
    actorLogin: change.actorLogin,
    data: { label: change.labelName },
    proposalNumber: number,
    proposalTitle: proposal.title,
    disposition: null,
  }));
  const merged = [...events.map(toFeedEvent).filter((e): e is FeedEvent => e !== null), ...labels];
  // Same order as the queries: newest first, then the later-recorded row first.
  merged.sort((a, b) => b.at.getTime() - a.at.getTime() || b.key.localeCompare(a.key, "en", { numeric: true }));
  return { proposal, events: merged.slice(0, limit) };
}
