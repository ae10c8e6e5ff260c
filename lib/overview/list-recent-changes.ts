import "server-only";
import { getPrisma } from "../db/client";
import type { PrismaClient } from "../db/generated/client";
import { mergeRecentChanges } from "./merge-recent-changes";
import type { RecentChangeDto } from "./recent-change";

const LISTED_EVENTS = ["status.changed", "fcp.proposed", "fcp.started", "fcp.finished", "fcp.cancelled"];
const TIMES = {
  number: true,
  title: true,
  createdAt: true,
  updatedAt: true,
  closedAt: true,
  mergedAt: true,
  merged: true,
};

/**
 * The `limit` most recently changed MSCs, each with its newest change. Every query is
 * bounded to a few times `limit` rows, never the whole table, so the home page stays
 * small and quick at thousands of MSCs. Events are over-fetched because one MSC's
 * burst of events collapses to a single entry.
 */
export async function listRecentChanges(limit = 12, prisma?: PrismaClient): Promise<RecentChangeDto[]> {
  const db = prisma ?? (await getPrisma());
  const take = limit * 4;
  const [events, ...byTime] = await Promise.all([
    db.event.findMany({
      where: { kind: { in: LISTED_EVENTS }, proposalNumber: { not: null } },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take,
      select: { proposalNumber: true, kind: true, at: true, data: true, proposal: { select: { title: true } } },
    }),
    ...(["updatedAt", "createdAt", "mergedAt", "closedAt"] as const).map((field) =>
      db.proposal.findMany({
        where: { [field]: { not: null } },
        orderBy: { [field]: "desc" },
        take: limit,
        select: TIMES,
      }),
    ),
  ]);
  return mergeRecentChanges(
    events.flatMap((e) =>
      e.proposalNumber === null || !e.proposal
        ? []
        : [{ number: e.proposalNumber, title: e.proposal.title, kind: e.kind, at: e.at, data: e.data }],
    ),
    byTime.flat(),
    limit,
  );
}
