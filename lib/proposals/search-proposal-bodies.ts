import "server-only";
import { LRUCache } from "lru-cache";
import { memoPerGeneration } from "../cache/memo-per-generation";
import type { Prisma } from "../db/generated/client";

type Db = Pick<Prisma.TransactionClient, "$queryRaw">;

// Paging or re-sorting a search repeats the same body scan: keep recent answers until
// the data changes. Each answer is a set of numbers, a few kilobytes at most.
const recentSearches = memoPerGeneration(
  "proposal-body-searches",
  (_prisma: Db) => new LRUCache<string, Promise<ReadonlySet<number>>>({ max: 200 }),
);

/** The numbers of the proposals whose body contains `q`, ignoring case. */
export function searchProposalBodies(prisma: Db, q: string): Promise<ReadonlySet<number>> {
  const cache = recentSearches(prisma);
  const key = q.toLowerCase();
  let found = cache.get(key);
  if (!found) {
    found = scanBodies(prisma, q);
    cache.set(key, found);
    found.catch(() => cache.delete(key));
  }
  return found;
}

async function scanBodies(prisma: Db, q: string): Promise<ReadonlySet<number>> {
  // ILIKE treats % and _ as wildcards: escape them so "m_room" means itself.
  const pattern = `%${q.replace(/[\\%_]/g, "\\$&")}%`;
  const rows = await prisma.$queryRaw<{ number: number }[]>`
    SELECT number FROM proposals WHERE body ILIKE ${pattern} ESCAPE '\\'`;
  return new Set(rows.map((row) => Number(row.number)));
}
