import "server-only";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { markDataChanged } from "@/lib/cache/data-generation";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";

// PGlite runs in this process: one long transaction blocks every request the server
// is answering (a 100-item page measured up to ~1 s). Storing a page in small
// transactions, with a turn of the event loop between them, keeps pages responsive.
// Safe because storing is idempotent and the cursor is written only after the data.
const CHUNK = 20;
const OPTIONS = { timeout: 120_000, maxWait: 30_000 };

export async function storeInChunks<Item, Counts>(
  prisma: PrismaClient,
  items: Item[],
  store: (tx: Prisma.TransactionClient, chunk: Item[]) => Promise<Counts>,
  combine: (a: Counts, b: Counts) => Counts,
  empty: Counts,
): Promise<Counts> {
  let total = empty;
  for (let start = 0; start < items.length; start += CHUNK) {
    const chunk = items.slice(start, start + CHUNK);
    total = combine(total, await prisma.$transaction((tx) => store(tx, chunk), OPTIONS));
    // Memoised lists (lib/proposals/load-proposal-index.ts) show each chunk once committed.
    markDataChanged();
    await yieldToEventLoop();
  }
  return total;
}
