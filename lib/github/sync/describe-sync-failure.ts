import type { RequestStats } from "../request-stats";

/** One sentence a person can act on, for the sync summary, the log and SyncRun.error. */
export function describeSyncFailure(failure: unknown, stats: RequestStats): string {
  const error = failure as {
    status?: number;
    message?: string;
    response?: { headers?: Record<string, string> };
    cause?: { code?: string; cause?: { code?: string } };
  };
  const headers = error.response?.headers ?? {};
  const rateLimited =
    error.status === 429 ||
    (error.status === 403 && (headers["x-ratelimit-remaining"] === "0" || /rate limit/i.test(error.message ?? "")));
  if (rateLimited && /secondary rate/i.test(error.message ?? "")) {
    const wait = headers["retry-after"] ? ` for ${headers["retry-after"]} s` : "";
    return `GitHub's secondary rate limit (too many requests at once) asked us to wait${wait}; the next sync resumes where this one stopped.`;
  }
  if (rateLimited) {
    const reset = headers["x-ratelimit-reset"]
      ? new Date(Number(headers["x-ratelimit-reset"]) * 1000)
      : stats.rateLimitResetAt;
    const limit = headers["x-ratelimit-limit"];
    const when = reset ? ` until ${reset.toISOString().replace(".000Z", "Z")}` : "";
    const hint =
      limit === "60" ? " Without GITHUB_TOKEN GitHub allows 60 requests an hour; set GITHUB_TOKEN for 5,000." : "";
    return `GitHub rate limit reached${when}; the next sync resumes where this one stopped.${hint}`;
  }
  // Octokit reports a request that never got an answer as status 500 without a response.
  const code = [error.cause?.code, error.cause?.cause?.code].find((c) => typeof c === "string");
  if (/abort|timeout/i.test(error.message ?? ""))
    return "GitHub did not answer in time; the next sync resumes where this one stopped.";
  if (!error.response && (code || /fetch failed/i.test(error.message ?? ""))) {
    return `Cannot reach GitHub${code ? ` (${code})` : ""}: check GITHUB_API_URL and the network; the next sync resumes where this one stopped.`;
  }
  if (error.status === 401) return "GitHub rejected GITHUB_TOKEN (401 Bad credentials): set a valid token or unset it.";
  if (error.status && error.status >= 500)
    return `GitHub answered ${error.status} after retries; the next sync resumes where this one stopped.`;
  return `Sync failed: ${error.message ?? String(failure)}`;
}
