import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { loadProposalIndex } from "@/lib/proposals/load-proposal-index";
import { searchProposalBodies } from "@/lib/proposals/search-proposal-bodies";
import { decodeFilters } from "./saved-search-filters";
import { matchingNumbers, newMatches } from "./plan-matches";

type Tx = Prisma.TransactionClient;

export type ApplyScope = {
  /** Only this person's searches (a feed being loaded); every person's when absent. */
  userId?: string;
  /** Only this search (the one just saved). */
  savedSearchId?: number;
  now: Date;
};

export type ApplyResult = {
  /** Per search: how many MSCs match now, and how many it followed in this run. */
  searches: Map<number, { matching: number; followed: number }>;
};

/**
 * Follows, for each saved search in scope, the MSCs it matches for the first time. A
 * match is recorded once (saved_search_matches) and a follow is made only when that row
 * is new, so an MSC the reader unfollowed stays unfollowed. Idempotent; two runs at
 * once are safe because both inserts skip rows that exist and follows are made only for
 * the match rows this run inserted. Its writes run in a transaction of their own.
 */
export function applySavedSearches(prisma: PrismaClient, scope: ApplyScope): Promise<ApplyResult> {
  return apply(prisma, scope, (write) => prisma.$transaction(write));
}

/** The same inside a transaction already open (saving a search), which sees its own writes. */
export function applySavedSearchesInTransaction(tx: Tx, scope: ApplyScope): Promise<ApplyResult> {
  return apply(tx, scope, (write) => write(tx));
}

async function apply(
  db: PrismaClient | Tx,
  scope: ApplyScope,
  inTransaction: (write: (tx: Tx) => Promise<void>) => Promise<void>,
): Promise<ApplyResult> {
  const searches = await db.savedSearch.findMany({
    where: { userId: scope.userId, id: scope.savedSearchId },
    select: { id: true, userId: true, query: true, mine: true, user: { select: { githubLogin: true } } },
    orderBy: { id: "asc" },
  });
  const result: ApplyResult = { searches: new Map() };
  if (searches.length === 0) return result;
  const index = await loadProposalIndex(db);
  const recorded = await db.savedSearchMatch.findMany({
    where: { savedSearchId: { in: searches.map((s) => s.id) } },
    select: { savedSearchId: true, proposalNumber: true },
  });
  const recordedBy = new Map<number, Set<number>>();
  for (const row of recorded) {
    const numbers = recordedBy.get(row.savedSearchId) ?? new Set<number>();
    recordedBy.set(row.savedSearchId, numbers.add(row.proposalNumber));
  }

  const plans: { id: number; userId: string; numbers: number[] }[] = [];
  for (const search of searches) {
    const query = decodeFilters(search.query);
    // A search the list now refuses (a status renamed by an upgrade) matches nothing.
    if (!query) continue;
    const mineLogin = search.mine ? (search.user.githubLogin ?? "").toLowerCase() : null;
    const bodyMatches = query.q ? await searchProposalBodies(db, query.q) : null;
    const matching = matchingNumbers(index, { query, mineLogin, bodyMatches });
    result.searches.set(search.id, { matching: matching.length, followed: 0 });
    const numbers = newMatches(matching, recordedBy.get(search.id) ?? new Set());
    if (numbers.length > 0) plans.push({ id: search.id, userId: search.userId, numbers });
  }
  if (plans.length === 0) return result;

  const write = async (tx: Tx) => {
    for (const plan of plans) {
      const inserted = await tx.savedSearchMatch.createManyAndReturn({
        data: plan.numbers.map((proposalNumber) => ({ savedSearchId: plan.id, proposalNumber, matchedAt: scope.now })),
        skipDuplicates: true,
        select: { proposalNumber: true },
      });
      if (inserted.length === 0) continue;
      // A follow the reader already has (by hand or by another search) is left as it is.
      const { count } = await tx.follow.createMany({
        data: inserted.map(({ proposalNumber }) => ({
          userId: plan.userId,
          proposalNumber,
          savedSearchId: plan.id,
          createdAt: scope.now,
        })),
        skipDuplicates: true,
      });
      result.searches.get(plan.id)!.followed = count;
    }
  };
  await inTransaction(write);
  return result;
}
