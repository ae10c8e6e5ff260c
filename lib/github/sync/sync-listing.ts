import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import type { GitHubClient } from "../create-github-client";
import { readCursor, writeCursor } from "./cursor";
import { listUpdatedSince } from "./list-updated-since";
import { storeInChunks } from "./store-in-chunks";

/**
 * Reads one `since`-sortable listing page by page. A page's items are committed before
 * the cursor that follows them, so a sync killed at any moment resumes where its data
 * ends (reading part of a page again, which stores nothing twice).
 */
export async function syncListing<Item extends { updated_at: string }, Counts>(options: {
  prisma: PrismaClient;
  client: GitHubClient;
  endpoint: string;
  url: string;
  params: Record<string, string | number>;
  full: boolean;
  store: (tx: Prisma.TransactionClient, items: Item[]) => Promise<Counts>;
  combine: (a: Counts, b: Counts) => Counts;
  empty: Counts;
  onPage: (items: number, counts: Counts, estimatedTotal?: number) => void;
}): Promise<void> {
  const { prisma, endpoint } = options;
  const start = options.full ? { since: null, etag: null } : await readCursor(prisma, endpoint);
  const pages = listUpdatedSince<Item>(options.client, options.url, options.params, start);
  for await (const page of pages) {
    const counts = await storeInChunks(prisma, page.items, options.store, options.combine, options.empty);
    await writeCursor(prisma, endpoint, page.cursorAfter);
    options.onPage(page.items.length, counts, page.estimatedTotal);
  }
}
