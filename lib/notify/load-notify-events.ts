import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { FEED_EVENT_SELECT, toFeedEvent } from "@/lib/feeds/load-feed-events";
import type { NotifyEvent } from "./notify-event";

type Row = Prisma.EventGetPayload<{ select: typeof FEED_EVENT_SELECT }>;

/** The feeds' reading of an event, keyed by its id: null when it is about no proposal. */
export function toNotifyEvent(row: Row): NotifyEvent | null {
  const event = toFeedEvent(row);
  if (!event) return null;
  const { key: _key, ...fields } = event;
  return { ...fields, id: row.id };
}

/** The events after `afterId`, oldest first, with every id read (for the cursor's hole check). */
export async function loadEventsAfter(
  prisma: PrismaClient,
  afterId: bigint,
  limit: number,
  upToId: bigint | null = null,
) {
  const rows = await prisma.event.findMany({
    where: { id: upToId === null ? { gt: afterId } : { gt: afterId, lte: upToId } },
    orderBy: { id: "asc" },
    take: limit,
    select: FEED_EVENT_SELECT,
  });
  return {
    ids: rows.map((row) => row.id),
    events: rows.map(toNotifyEvent).filter((event): event is NotifyEvent => event !== null),
  };
}

export async function loadEventsByIds(prisma: PrismaClient, ids: readonly bigint[]): Promise<NotifyEvent[]> {
  const rows = await prisma.event.findMany({
    where: { id: { in: [...ids] } },
    orderBy: { id: "asc" },
    select: FEED_EVENT_SELECT,
  });
  return rows.map(toNotifyEvent).filter((event): event is NotifyEvent => event !== null);
}
