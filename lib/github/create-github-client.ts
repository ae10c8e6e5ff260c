import "server-only";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import { RequestStats } from "./request-stats";

const GitHub = Octokit.plugin(throttling, retry);
export type GitHubClient = InstanceType<typeof GitHub>;

export type GitHubClientOptions = {
  baseUrl: string;
  token?: string;
  timeoutMs: number;
  /** Longest wait for a rate limit to reset before giving up; the next sync resumes. */
  maxRateLimitWaitSeconds?: number;
  /** Base of the retry back-off (plugin-retry waits base x attempt squared). */
  retryBaseMs?: number;
  stats?: RequestStats;
};

/** The one place an Octokit is made: retries, rate-limit handling, timeouts, counting. */
export function createGitHubClient(options: GitHubClientOptions): { client: GitHubClient; stats: RequestStats } {
  const stats = options.stats ?? new RequestStats();
  const maxWait = options.maxRateLimitWaitSeconds ?? 60;
  // Counting in fetch sees every HTTP request, retries included, and every 304.
  const countingFetch: typeof fetch = async (input, init) => {
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    const response = await fetch(input, { ...init, signal });
    stats.record(response.status, response.headers);
    return response;
  };
  const client = new GitHub({
    baseUrl: options.baseUrl.replace(/\/$/, ""),
    auth: options.token,
    userAgent: "msc-tracker",
    request: { fetch: countingFetch },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    retry: { retryAfterBaseValue: options.retryBaseMs ?? 1000 },
    throttle: {
      retryAfterBaseValue: options.retryBaseMs ?? 1000,
      onRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) =>
        retryCount < 1 && retryAfter <= maxWait,
      onSecondaryRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) =>
        retryCount < 2 && retryAfter <= maxWait,
    },
  });
  return { client, stats };
}
