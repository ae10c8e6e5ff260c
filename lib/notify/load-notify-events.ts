import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import type { NotifyEvent } from "./notify-event";

export const NOTIFY_EVENT_SELECT = {
  id: true,
  kind: true,
  at: true,
  actorLogin: true,
  data: true,
  proposalNumber: true,
  proposal: { select: { title: true } },
  fcpRound: { select: { disposition: true } },
} as const satisfies Prisma.EventSelect;

type Row = Prisma.EventGetPayload<{ select: typeof NOTIFY_EVENT_SELECT }>;

/** Null for an event about no proposal (a team change) or a deleted one: nothing to link to. */
export function toNotifyEvent(row: Row): NotifyEvent | null {
  if (row.proposalNumber === null || row.proposal === null) return null;
  return {
    id: row.id,
    kind: row.kind,
    at: row.at,
    actorLogin: row.actorLogin,
    data: row.data,
    proposalNumber: row.proposalNumber,
    proposalTitle: row.proposal.title,
    disposition: row.fcpRound?.disposition ?? null,
  };
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
    select: NOTIFY_EVENT_SELECT,
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
    select: NOTIFY_EVENT_SELECT,
  });
  return rows.map(toNotifyEvent).filter((event): event is NotifyEvent => event !== null);
}
