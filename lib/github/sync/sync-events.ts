import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { GitHubClient } from "../create-github-client";
import type { GitHubIssueEvent } from "../github-types";
import { readCursor, writeCursor } from "./cursor";
import { requestList } from "./request-list";
import { storeLabelEvents } from "./store-label-events";

const PER_PAGE = 100;
const ENDPOINT = "issue-events";

/**
 * Repository-wide issue events come newest first and have no `since` parameter: read
 * pages until one reaches events older than the newest seen last time. The cursor
 * moves only once that boundary is reached, so an interrupted read starts again from
 * the top next time; stored events are skipped by their GitHub id.
 */
export async function syncEvents(
  prisma: PrismaClient,
  client: GitHubClient,
  repo: { owner: string; repo: string },
  onPage: (count: number) => void,
): Promise<number> {
  const start = await readCursor(prisma, ENDPOINT);
  let newest: Date | null = null;
  let firstEtag: string | null = null;
  let stored = 0;
  for (let page = 1; ; page++) {
    const headers = page === 1 && start.etag ? { "if-none-match": start.etag } : {};
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
      newest = events[0] ? new Date(events[0].created_at) : start.since;
    }
    stored += await prisma.$transaction((tx) => storeLabelEvents(tx, events, "sync"));
    onPage(events.length);
    const oldest = events.at(-1);
    const reachedKnown = start.since && oldest && new Date(oldest.created_at) < start.since;
    if (events.length < PER_PAGE || reachedKnown) break;
  }
  await writeCursor(prisma, ENDPOINT, { since: newest, etag: firstEtag });
  return stored;
}
