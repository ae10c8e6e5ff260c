import { describe, expect, it } from "vitest";
import { RequestStats } from "../request-stats";
import { describeSyncFailure } from "./describe-sync-failure";

const stats = new RequestStats();
const rateLimitError = (limit: string) => ({
  status: 403,
  message: "API rate limit exceeded for 127.0.0.1.",
  response: {
    headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1795000000", "x-ratelimit-limit": limit },
  },
});

describe("describeSyncFailure", () => {
  it("names the reset time of an exhausted rate limit and that the sync resumes", () => {
    expect(describeSyncFailure(rateLimitError("5000"), stats)).toBe(
      "GitHub rate limit reached until 2026-11-18T11:06:40Z; the next sync resumes where this one stopped.",
    );
  });

  it("tells an anonymous user to set GITHUB_TOKEN", () => {
    expect(describeSyncFailure(rateLimitError("60"), stats)).toMatch(/set GITHUB_TOKEN for 5,000\.$/);
  });

  it("tells a secondary limit from an exhausted quota", () => {
    const error = {
      status: 403,
      message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
      response: { headers: { "retry-after": "60", "x-ratelimit-remaining": "4000" } },
    };
    expect(describeSyncFailure(error, stats)).toBe(
      "GitHub's secondary rate limit (too many requests at once) asked us to wait for 60 s; the next sync resumes where this one stopped.",
    );
  });

  it("tells an unreachable GitHub from a GitHub that answered an error", () => {
    const unreachable = { status: 500, message: "fetch failed", cause: { cause: { code: "ENOTFOUND" } } };
    expect(describeSyncFailure(unreachable, stats)).toBe(
      "Cannot reach GitHub (ENOTFOUND): check GITHUB_API_URL and the network; the next sync resumes where this one stopped.",
    );
  });

  it("explains a bad token, server errors and timeouts", () => {
    expect(describeSyncFailure({ status: 401, message: "Bad credentials" }, stats)).toMatch(/rejected GITHUB_TOKEN/);
    expect(describeSyncFailure({ status: 502, message: "Bad Gateway" }, stats)).toMatch(/answered 502 after retries/);
    // Octokit reports a timed-out request as a 500 without a response.
    expect(describeSyncFailure({ status: 500, message: "The operation was aborted due to timeout" }, stats)).toMatch(
      /did not answer in time/,
    );
    expect(describeSyncFailure(new Error("The operation was aborted due to timeout"), stats)).toMatch(
      /did not answer in time/,
    );
  });
});

describe("RequestStats", () => {
  it("counts requests and 304s and keeps the latest quota", () => {
    const counted = new RequestStats();
    counted.record(200, new Headers({ "x-ratelimit-remaining": "4999", "x-ratelimit-reset": "1795000000" }));
    counted.record(304, new Headers({ "x-ratelimit-remaining": "4999" }));
    expect(counted).toMatchObject({ requests: 2, notModified: 1, rateLimitRemaining: 4999 });
    expect(counted.rateLimitResetAt?.toISOString()).toBe("2026-11-18T11:06:40.000Z");
  });
});

describe("lastPage", async () => {
  const { lastPage } = await import("./request-list");
  it("reads rel=last from a GitHub Link header", () => {
    const link =
      '<https://api.github.com/repositories/46403050/issues?page=2&per_page=100>; rel="next", ' +
      '<https://api.github.com/repositories/46403050/issues?page=46&per_page=100>; rel="last"';
    expect(lastPage(link)).toBe(46);
    expect(lastPage(undefined)).toBeNull();
    expect(lastPage('<https://x/issues?page=1>; rel="prev"')).toBeNull();
  });
});
