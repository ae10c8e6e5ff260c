import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { GitHubClient } from "../create-github-client";
import type { GitHubIssueEvent } from "../github-types";
import { clearCursor, readCursor, writeCursor } from "./cursor";
import { requestList } from "./request-list";
import { storeInChunks } from "./store-in-chunks";
import { storeLabelEvents } from "./store-label-events";

const PER_PAGE = 100;
const ENDPOINT = "issue-events";
// A pass through the listing that was interrupted: where it resumes and what it reads up to.
const PASS = "issue-events-pass";

/**
 * Repository-wide issue events come newest first and have no `since` parameter, so a
 * pass reads pages until it reaches events older than the newest seen by the previous
 * pass. Each page is committed, then the pass's progress (the next page number): a
 * pass cut short by a rate limit or a crash resumes at that page, never from the top,
 * so even 60 requests an hour get through. New events only push older ones to later
 * pages, so resuming at the same page number can re-read but never skip; stored
 * events are skipped by their GitHub id. Events newer than the pass are read by the
 * next pass.
 */
export async function syncEvents(
  prisma: PrismaClient,
  client: GitHubClient,
  repo: { owner: string; repo: string },
  onPage: (count: number, estimatedTotal?: number) => void,
): Promise<number> {
  const done = await readCursor(prisma, ENDPOINT);
  const pass = await readCursor(prisma, PASS);
  let newest = pass.page ? pass.since : null;
  let firstEtag: string | null = null;
  let stored = 0;
  for (let page = pass.page ?? 1; ; page++) {
    const headers = page === 1 && done.etag ? { "if-none-match": done.etag } : {};
    let result;
    try {
      const params = { ...repo, per_page: PER_PAGE, page, headers };
      result = await requestList<GitHubIssueEvent>(client, "GET /repos/{owner}/{repo}/issues/events", params);
    } catch (error) {
      // GitHub stops paginating this listing at some depth (422): that is its end.
      if ((error as { status?: number }).status === 422 && page > 1) break;
      throw error;
    }
    if (!result) return 0; // 304: no new events
    const events = result.items;
    if (page === 1) {
      firstEtag = result.etag;
      newest = events[0] ? new Date(events[0].created_at) : done.since;
    }
    const oldest = events.at(-1);
    const finished = events.length < PER_PAGE || (done.since && oldest && new Date(oldest.created_at) < done.since);
    stored += await storeInChunks(
      prisma,
      events,
      (tx, chunk) => storeLabelEvents(tx, chunk, "sync"),
      (a, b) => a + b,
      0,
    );
    // The pass's progress is written only once the page's events are in.
    if (!finished) await writeCursor(prisma, PASS, { since: newest, etag: null, page: page + 1 });
    onPage(events.length, page === (pass.page ?? 1) ? (result.lastPage ?? page) * PER_PAGE : undefined);
    if (finished) break;
  }
  await prisma.$transaction(async (tx) => {
    await writeCursor(tx, ENDPOINT, { since: newest, etag: firstEtag });
    await clearCursor(tx, PASS);
  });
  return stored;
}
