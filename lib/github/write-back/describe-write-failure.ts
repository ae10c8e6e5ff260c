// One line saying why a write-back attempt failed and when it is tried again. The
// back-off doubles from 30 s to an hour; a rate limit waits at least until GitHub says
// it resets. Never thrown at a person: it is logged and stored on the round's record.

export type WriteFailure = { message: string; retryAt: Date };

const BASE_MS = 30_000;
const MAX_MS = 3_600_000;

type ErrorLike = {
  status?: number;
  message?: string;
  request?: { method?: string; url?: string };
  response?: { headers?: Record<string, string | undefined> };
};

/** `attempts` counts this failure too (1 for the first). */
export function describeWriteFailure(failure: unknown, attempts: number, now: Date): WriteFailure {
  const error = (failure ?? {}) as ErrorLike;
  const headers = error.response?.headers ?? {};
  // Octokit appends " - <documentation URL>" to GitHub's message.
  const firstLine = (error.message ?? String(failure))
    .split("\n", 1)[0]!
    .replace(/ - https?:\/\/\S+$/, "")
    .trim();
  const backoff = Math.min(BASE_MS * 2 ** Math.max(0, attempts - 1), MAX_MS);
  let waitMs = backoff;
  let why: string;
  const rateLimited =
    error.status === 429 ||
    (error.status === 403 && (headers["x-ratelimit-remaining"] === "0" || /rate limit/i.test(firstLine)));
  if (rateLimited) {
    const retryAfter = Number(headers["retry-after"]);
    const reset = Number(headers["x-ratelimit-reset"]);
    if (Number.isFinite(retryAfter) && retryAfter > 0) waitMs = Math.max(waitMs, retryAfter * 1000);
    else if (Number.isFinite(reset) && reset > 0) waitMs = Math.max(waitMs, reset * 1000 - now.getTime());
    why = /secondary/i.test(firstLine) ? "GitHub's secondary rate limit" : "GitHub's rate limit";
  } else if (error.status === 401) {
    why = "GitHub rejected GITHUB_TOKEN (401 Bad credentials)";
  } else if (error.status === 403) {
    why = `GitHub refused (403: ${firstLine}); the token needs write access to issues`;
  } else if (error.status === 404) {
    why = "GitHub answered 404: the issue or comment is gone, or the token cannot see the repository";
  } else if (error.status) {
    why = `GitHub answered ${error.status} (${firstLine})`;
  } else {
    why = firstLine || "unknown error";
  }
  const where =
    error.request?.method && error.request.url ? ` on ${error.request.method} ${pathOf(error.request.url)}` : "";
  const retryAt = new Date(now.getTime() + waitMs);
  return { message: `${why}${where}; retrying at ${retryAt.toISOString()}`, retryAt };
}

function pathOf(url: string): string {
  return URL.canParse(url) ? new URL(url).pathname : url;
}
