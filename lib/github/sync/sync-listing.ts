import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import type { GitHubClient } from "../create-github-client";
import { readCursor, writeCursor } from "./cursor";
import { listUpdatedSince } from "./list-updated-since";

/**
 * Reads one `since`-sortable listing page by page, storing each page and its cursor
 * in one transaction: a sync killed at any moment resumes where its data ends.
 */
export async function syncListing<Item extends { updated_at: string }, Counts>(options: {
  prisma: PrismaClient;
  client: GitHubClient;
  endpoint: string;
  url: string;
  params: Record<string, string | number>;
  full: boolean;
  store: (tx: Prisma.TransactionClient, items: Item[]) => Promise<Counts>;
  onPage: (items: number, counts: Counts, estimatedTotal?: number) => void;
}): Promise<void> {
  const { prisma, endpoint } = options;
  const start = options.full ? { since: null, etag: null } : await readCursor(prisma, endpoint);
  const pages = listUpdatedSince<Item>(options.client, options.url, options.params, start);
  for await (const page of pages) {
    const counts = await prisma.$transaction(
      async (tx) => {
        const counts = await options.store(tx, page.items);
        await writeCursor(tx, endpoint, page.cursorAfter);
        return counts;
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
    options.onPage(page.items.length, counts, page.estimatedTotal);
  }
}
