import "server-only";
import type { GitHubClient } from "../create-github-client";

const ATTEMPTS = 3;

export class IncompletePageError extends Error {}

/**
 * One page of a listing. When a connection drops mid-body, Octokit resolves with
 * status 200 and `data: ""` instead of failing, and a page would be skipped silently;
 * a list endpoint must answer with an array, so anything else is read again.
 * A 304 is returned as `null`: the listing has not changed.
 */
export async function requestList<Item>(
  client: GitHubClient,
  route: string,
  params: Record<string, unknown>,
): Promise<{ items: Item[]; etag: string | null; lastPage: number | null } | null> {
  for (let attempt = 1; ; attempt++) {
    let response;
    try {
      response = await client.request(route, params);
    } catch (error) {
      if ((error as { status?: number }).status === 304) return null;
      throw error;
    }
    if (Array.isArray(response.data)) {
      return {
        items: response.data as Item[],
        etag: response.headers.etag ?? null,
        lastPage: lastPage(response.headers.link),
      };
    }
    if (attempt >= ATTEMPTS)
      throw new IncompletePageError(`GitHub sent an incomplete page for ${route} ${attempt} times.`);
  }
}

/** The page number of a Link header's rel="last", to estimate a listing's size. */
export function lastPage(link: string | undefined): number | null {
  const match = link ? /<[^>]*[?&]page=(\d+)[^>]*>;\s*rel="last"/.exec(link) : null;
  return match ? Number(match[1]) : null;
}
