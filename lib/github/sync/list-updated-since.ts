import "server-only";
import type { GitHubClient } from "../create-github-client";
import type { Cursor } from "./cursor";
import { requestList } from "./request-list";

const PER_PAGE = 100;

/** estimatedTotal: on the first page only, the listing's size from GitHub's last-page link. */
export type UpdatedSincePage<Item> = { items: Item[]; cursorAfter: Cursor; estimatedTotal?: number };

/**
 * Reads a listing sorted by `updated_at` ascending, restarting each request from the
 * last item's timestamp (`since`) instead of asking for page 2, 3, ...: items updated
 * while we read move to the end instead of shifting unread items onto pages already
 * read, so nothing is skipped, and every page ends at a resumable cursor. `since` is
 * inclusive, so a page starts with the previous page's last item again: harmless, as
 * storing is idempotent.
 */
export async function* listUpdatedSince<Item extends { updated_at: string }>(
  client: GitHubClient,
  url: string,
  params: Record<string, string | number>,
  start: Cursor,
): AsyncGenerator<UpdatedSincePage<Item>> {
  let since = start.since;
  let etag = start.etag;
  let page = 1;
  let first = true;
  for (;;) {
    const query = {
      ...params,
      sort: "updated",
      direction: "asc",
      per_page: PER_PAGE,
      page,
      ...(since && { since: since.toISOString() }),
    };
    const headers = etag ? { "if-none-match": etag } : {};
    const result = await requestList<Item>(client, `GET ${url}`, { ...query, headers });
    if (!result) return; // 304: unchanged since last time
    const items = result.items;
    const estimatedTotal = first ? (result.lastPage ?? 1) * PER_PAGE : undefined;
    first = false;
    const last = items.at(-1);
    if (items.length < PER_PAGE) {
      // The final request is the one to repeat next time; its ETag makes that a 304.
      yield {
        items,
        cursorAfter: { since, etag: page === 1 ? result.etag : null },
        estimatedTotal: estimatedTotal ?? undefined,
      };
      return;
    }
    const lastAt = new Date(last!.updated_at);
    yield { items, cursorAfter: { since: lastAt, etag: null }, estimatedTotal };
    // A full page of one timestamp cannot move `since` forward: page on within it.
    if (since && lastAt.getTime() === since.getTime()) page++;
    else {
      since = lastAt;
      page = 1;
    }
    etag = null;
  }
}
