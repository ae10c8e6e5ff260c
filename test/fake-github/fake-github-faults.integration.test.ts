import { Octokit } from "@octokit/rest";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "./start-fake-github";

// Every fault the fake can inject, seen from a client.

const ISSUE = "/repos/matrix-org/matrix-spec-proposals/issues/2781";
const EVENTS = "/repos/matrix-org/matrix-spec-proposals/issues/events";
const headers = { authorization: "token test-token" };

describe("fake GitHub faults", () => {
  let fake: FakeGitHub;
  const get = (path: string, init: RequestInit = {}) => fetch(`${fake.url}${path}`, { headers, ...init });

  beforeAll(async () => {
    fake = await startFakeGitHub();
  });
  afterAll(() => fake.close());
  afterEach(() => {
    fake.faults.clear();
    fake.requests.length = 0;
  });

  it("fails the next N matching requests with 500, 502 or 503, then recovers", async () => {
    fake.faults.serverError(502, { endpoint: "issues/list-events-for-repo", times: 2 });
    fake.faults.serverError(503, { path: /\/issues\/2781$/ });
    expect((await get(ISSUE)).status).toBe(503);
    expect((await get(ISSUE)).status).toBe(200);
    expect((await get(EVENTS)).status).toBe(502);
    expect((await get(EVENTS)).status).toBe(502);
    expect((await get(EVENTS)).status).toBe(200);
    fake.faults.serverError(500);
    const failed = await get(ISSUE);
    expect(failed.status).toBe(500);
    expect(await failed.json()).toMatchObject({ message: "Server Error" });
    expect(fake.requests.map((r) => r.fault)).toEqual([
      "server-error",
      null,
      "server-error",
      "server-error",
      null,
      "server-error",
    ]);
    expect(fake.faults.pendingCount).toBe(0);
  });

  it("answers a secondary rate limit with 403 or 429 and retry-after, as Octokit's throttling expects", async () => {
    fake.faults.secondaryRateLimit({ retryAfterSeconds: 7 });
    fake.faults.secondaryRateLimit({ status: 429, retryAfterSeconds: 3 });
    const first = await get(ISSUE);
    expect(first.status).toBe(403);
    expect(first.headers.get("retry-after")).toBe("7");
    expect(Number(first.headers.get("x-ratelimit-remaining"))).toBeGreaterThan(0);
    expect(((await first.json()) as { message: string }).message).toMatch(/You have exceeded a secondary rate limit/);
    expect((await get(ISSUE)).status).toBe(429);

    fake.faults.secondaryRateLimit();
    const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
    const octokit = new Octokit({ baseUrl: fake.url, auth: "test-token", log: quiet });
    const error = await octokit.rest.issues
      .get({ owner: "matrix-org", repo: "matrix-spec-proposals", issue_number: 2781 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, message: expect.stringMatching(/\bsecondary rate\b/i) });
  });

  it("exhausts the primary rate limit until a reset shortly after, then serves again", async () => {
    fake.faults.exhaustRateLimit(1);
    const limited = await get(ISSUE);
    expect(limited.status).toBe(403);
    expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");
    const reset = Number(limited.headers.get("x-ratelimit-reset"));
    expect(reset).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000));
    expect(reset).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000) + 2);
    expect(((await limited.json()) as { message: string }).message).toMatch(
      /^API rate limit exceeded for user ID \d+\.$/,
    );
    // /rate_limit itself still answers, and says the same.
    const rate = (await (await get("/rate_limit")).json()) as { resources: { core: { remaining: number } } };
    expect(rate.resources.core.remaining).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const after = await get(ISSUE);
    expect(after.status).toBe(200);
    expect(after.headers.get("x-ratelimit-remaining")).toBe("4999");
  });

  it("holds a response back past the client's timeout, or for a while", async () => {
    fake.faults.hang({ endpoint: "issues/get" });
    await expect(get(ISSUE, { signal: AbortSignal.timeout(200) })).rejects.toThrow(/abort|timeout/i);
    fake.faults.hang({ endpoint: "issues/get", ms: 300 });
    const started = Date.now();
    expect((await get(ISSUE)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(fake.requests.map((r) => [r.fault, r.status])).toEqual([
      ["hang", null],
      ["hang", 200],
    ]);
  });

  it("drops the connection halfway through a response", async () => {
    fake.faults.dropConnection({ endpoint: "issues/list-for-repo" });
    const response = await get("/repos/matrix-org/matrix-spec-proposals/issues?state=all&per_page=100");
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow(/terminated/);
    expect(fake.requests.map((r) => [r.fault, r.status])).toEqual([["drop-connection", null]]);
  });

  // A trap for the sync: @octokit/request swallows the body error of a JSON response and
  // resolves with status 200 and data "" - and paginate then silently skips that page.
  it("shows that Octokit resolves a dropped page with empty data instead of failing", async () => {
    const octokit = new Octokit({ baseUrl: fake.url, auth: "test-token" });
    fake.faults.dropConnection({ path: "/repositories/46403050/issues" });
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner: "matrix-org",
      repo: "matrix-spec-proposals",
      state: "all",
      per_page: 100,
    });
    expect(issues).toHaveLength(453 - 100);
    expect(fake.requests.map((r) => r.fault)).toEqual([null, "drop-connection", null, null, null]);
  });

  it("closes promptly while a request hangs with no end", async () => {
    const other = await startFakeGitHub();
    other.faults.hang();
    const pending = fetch(`${other.url}${ISSUE}`).catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await other.close();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await pending).toBeInstanceOf(Error);
  });
});
