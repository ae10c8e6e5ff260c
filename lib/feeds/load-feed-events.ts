import "server-only";
import { getPrisma } from "../db/client";
import type { Prisma, PrismaClient } from "../db/generated/client";
import type { FeedEvent } from "./feed-event";

/** How many entries the site-wide feeds carry: readers poll often, and keep what they saw. */
export const FEED_SIZE = 100;

export const FCP_EVENT_KINDS = ["fcp.proposed", "fcp.started", "fcp.finished", "fcp.cancelled"];

// Only the columns an entry shows; the proposal's title and the round's disposition come
// in the same query (a relation select), so a feed costs one query whatever its size.
export const FEED_EVENT_SELECT = {
  id: true,
  kind: true,
  at: true,
  actorLogin: true,
  data: true,
  proposalNumber: true,
  proposal: { select: { title: true } },
  fcpRound: { select: { disposition: true } },
} as const satisfies Prisma.EventSelect;

type FeedEventRow = Prisma.EventGetPayload<{ select: typeof FEED_EVENT_SELECT }>;

/** Newest first; the id breaks ties, so the order (and the bytes) never flicker. */
export const NEWEST_FIRST = [{ at: "desc" }, { id: "desc" }] satisfies Prisma.EventOrderByWithRelationInput[];

export function toFeedEvent(row: FeedEventRow): FeedEvent | null {
  // An event whose proposal was deleted keeps a null number (onDelete: SetNull): no page to link.
  if (row.proposalNumber === null || row.proposal === null) return null;
  return {
    key: `event/${row.id}`,
    kind: row.kind,
    at: row.at,
    actorLogin: row.actorLogin,
    data: row.data,
    proposalNumber: row.proposalNumber,
    proposalTitle: row.proposal.title,
    disposition: row.fcpRound?.disposition ?? null,
  };
}

async function loadEvents(kinds: string[], limit: number, prisma?: PrismaClient): Promise<FeedEvent[]> {
  const db = prisma ?? (await getPrisma());
  const rows = await db.event.findMany({
    where: { kind: { in: kinds }, proposalNumber: { not: null } },
    orderBy: NEWEST_FIRST,
    take: limit,
    select: FEED_EVENT_SELECT,
  });
  return rows.map(toFeedEvent).filter((event): event is FeedEvent => event !== null);
}

/** The latest status moves of all MSCs, newest first. */
export function loadStatusChanges(limit = FEED_SIZE, prisma?: PrismaClient): Promise<FeedEvent[]> {
  return loadEvents(["status.changed"], limit, prisma);
}

/** The latest FCP proposals, starts, ends and cancellations of all MSCs, newest first. */
export function loadFcpEvents(limit = FEED_SIZE, prisma?: PrismaClient): Promise<FeedEvent[]> {
  return loadEvents(FCP_EVENT_KINDS, limit, prisma);
}
