import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { EVERY_KINDS } from "@/lib/notify/notify-level";
import { REMINDER_KINDS } from "@/lib/reminders/reminder-kinds";
import { endingSoonEntry, ENDING_SOON_MS, eventEntry, type MeFeedEntry, type ReadMark } from "./me-feed-entry";
import { FEED_EVENT_SELECT, NEWEST_FIRST } from "@/lib/feeds/load-feed-events";
import { toNotifyEvent } from "@/lib/notify/load-notify-events";

// The events on the MSCs a reader follows and the reminders addressed to them, newest
// first, a page at a time. Pages are keyset-paginated on (at, id): a page stays the same
// when new events arrive above it.

type Db = PrismaClient | Prisma.TransactionClient;

/** Status moves, FCP steps, concerns and new comments; votes are left to each MSC's timeline. */
export const ME_FEED_KINDS = EVERY_KINDS.filter((kind) => kind !== "vote.cast");
export const ME_FEED_PAGE_SIZE = 50;

export type MeFeedCursor = { at: Date; id: bigint };
export type MeFeedPage = {
  entries: MeFeedEntry[];
  /** The cursor of the next page, or null on the last one. */
  next: string | null;
  /** The newest event id on the whole feed, which "Mark all as read" reads up to. */
  newestEventId: bigint | null;
};

export function encodeCursor(cursor: MeFeedCursor): string {
  return `${cursor.at.getTime()}.${cursor.id}`;
}

/** A cursor from the URL, or null when it is absent or not one this code wrote. */
export function decodeCursor(value: unknown): MeFeedCursor | null {
  if (typeof value !== "string") return null;
  const match = /^(\d{1,15})\.(\d{1,19})$/.exec(value);
  return match ? { at: new Date(Number(match[1])), id: BigInt(match[2]!) } : null;
}

export async function loadReadMark(db: Db, userId: string): Promise<ReadMark> {
  const state = await db.meFeedState.findUnique({ where: { userId }, select: { readUpToEventId: true, readAt: true } });
  return { readUpToEventId: state?.readUpToEventId ?? null, readAt: state?.readAt ?? null };
}

export async function loadMeFeed(
  db: Db,
  userId: string,
  options: { cursor?: MeFeedCursor | null; limit?: number; now: Date },
): Promise<MeFeedPage> {
  const limit = options.limit ?? ME_FEED_PAGE_SIZE;
  const cursor = options.cursor ?? null;
  const followed = { proposal: { follows: { some: { userId } } } } satisfies Prisma.EventWhereInput;
  const reader = await db.user.findUnique({ where: { id: userId }, select: { githubLogin: true } });
  // Whether or not they follow the MSC: a reminder is addressed to a login, in any case.
  const reminders: Prisma.EventWhereInput[] = reader?.githubLogin
    ? [
        {
          kind: { in: [...REMINDER_KINDS] },
          data: { path: ["login"], equals: reader.githubLogin, mode: "insensitive" },
        },
      ]
    : [];
  const feed: Prisma.EventWhereInput = { OR: [{ ...followed, kind: { in: ME_FEED_KINDS } }, ...reminders] };
  const where: Prisma.EventWhereInput = {
    AND: [feed, ...(cursor ? [{ OR: [{ at: { lt: cursor.at } }, { at: cursor.at, id: { lt: cursor.id } }] }] : [])],
  };
  const [read, rows, newest, rounds] = await Promise.all([
    loadReadMark(db, userId),
    db.event.findMany({
      where,
      orderBy: NEWEST_FIRST,
      take: limit + 1,
      select: FEED_EVENT_SELECT,
    }),
    db.event.findFirst({
      where: feed,
      orderBy: { id: "desc" },
      select: { id: true },
    }),
    db.fcpRound.findMany({
      where: {
        proposal: { follows: { some: { userId } } },
        startedAt: { not: null },
        completedAt: null,
        cancelledAt: null,
        endsAt: { gt: options.now, lte: new Date(options.now.getTime() + ENDING_SOON_MS) },
      },
      select: {
        id: true,
        proposalNumber: true,
        disposition: true,
        endsAt: true,
        proposal: { select: { title: true } },
      },
    }),
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const full = rows.length > limit;
  const events = page.flatMap((row) => {
    const event = toNotifyEvent(row);
    return event ? [eventEntry(event, read)] : [];
  });
  // Derived entries go on the page whose time span holds them: from the cursor down to
  // the page's last event (to the end on the last page), so each shows exactly once.
  const derived = rounds
    .map((round) => endingSoonEntry({ ...round, endsAt: round.endsAt!, proposalTitle: round.proposal.title }, read))
    .filter((entry) => (!cursor || entry.at < cursor.at) && (!full || !last || entry.at >= last.at));
  const entries = [...events, ...derived].sort((a, b) => b.at.getTime() - a.at.getTime());
  return {
    entries,
    next: full && last ? encodeCursor({ at: last.at, id: last.id }) : null,
    newestEventId: newest?.id ?? null,
  };
}
