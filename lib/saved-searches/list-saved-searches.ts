import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { describeFilters, savedSearchHref } from "./saved-search-filters";

/** One saved search as /me and GET /api/v1/me/saved-searches show it. */
export type SavedSearchDto = {
  id: number;
  name: string;
  /** The list's query string of its filters ("status=fcp&kind=core"). */
  query: string;
  mine: boolean;
  /** The filters in words. */
  description: string;
  /** The /proposals view of its filters. */
  href: string;
  /** How many MSCs the reader follows because of it now. */
  following: number;
  createdAt: string;
};

/** The reader's saved searches, oldest first. */
export async function listSavedSearches(prisma: PrismaClient, userId: string): Promise<SavedSearchDto[]> {
  const rows = await prisma.savedSearch.findMany({
    where: { userId },
    orderBy: { id: "asc" },
    select: {
      ...{ id: true, name: true, query: true, mine: true, createdAt: true },
      user: { select: { githubLogin: true } },
      _count: { select: { follows: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    query: row.query,
    mine: row.mine,
    description: describeFilters(row.query, row.mine),
    href: savedSearchHref(row.query, row.mine ? row.user.githubLogin : null),
    following: row._count.follows,
    createdAt: row.createdAt.toISOString(),
  }));
}
