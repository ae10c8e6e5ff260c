import "server-only";
import { getPrisma } from "../db/client";
import type { PrismaClient } from "../db/generated/client";
import type { FcpCalendarRound } from "./feed-event";

/** Rounds that ended longer ago than this leave the calendar: it is for what is coming. */
export const CALENDAR_RECENT_DAYS = 90;
// A bound on the answer's size; a year of FCPs is a few dozen rounds.
const CALENDAR_MAX_ROUNDS = 500;

/** FCP rounds with an end time that is ahead or recent, soonest end first. One query. */
export async function loadFcpCalendarRounds(now = new Date(), prisma?: PrismaClient): Promise<FcpCalendarRound[]> {
  const db = prisma ?? (await getPrisma());
  const since = new Date(now.getTime() - CALENDAR_RECENT_DAYS * 86_400_000);
  const rows = await db.fcpRound.findMany({
    where: { endsAt: { gte: since } },
    orderBy: [{ endsAt: "asc" }, { id: "asc" }],
    take: CALENDAR_MAX_ROUNDS,
    select: {
      id: true,
      proposalNumber: true,
      disposition: true,
      proposedBy: true,
      proposedAt: true,
      startedAt: true,
      endsAt: true,
      completedAt: true,
      cancelledAt: true,
      proposal: { select: { title: true } },
    },
  });
  return rows.flatMap(({ proposal, endsAt, ...round }) =>
    endsAt ? [{ ...round, endsAt, proposalTitle: proposal.title }] : [],
  );
}
