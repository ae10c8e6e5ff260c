import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "./start-fake-github";

// HTTP behaviour a sync relies on: Link pagination, filters, conditional requests and
// rate-limit accounting, checked with plain fetch to see the raw headers.

const ISSUES = "/repos/matrix-org/matrix-spec-proposals/issues";
const auth = { authorization: "token test-token" };

type Link = Partial<Record<"next" | "prev" | "first" | "last", string>>;

function parseLink(header: string | null): Link {
  const links: Link = {};
  for (const part of (header ?? "").split(",")) {
    const match = /<([^>]+)>;\s*rel="(\w+)"/.exec(part);
    if (match) links[match[2] as keyof Link] = match[1];
  }
  return links;
}

describe("fake GitHub over HTTP", () => {
  let fake: FakeGitHub;
  const get = (path: string, headers: Record<string, string> = auth) =>
    fetch(path.startsWith("http") ? path : `${fake.url}${path}`, { headers });
  const json = async <T>(path: string) => (await (await get(path)).json()) as T;

  beforeAll(async () => {
    fake = await startFakeGitHub();
  });
  afterAll(() => fake.close());
  afterEach(() => void (fake.requests.length = 0));

  it("paginates with GitHub's Link header, following it to the last page", async () => {
    let url: string | undefined = `${ISSUES}?state=all&per_page=100`;
    const rels: string[][] = [];
    let count = 0;
    while (url) {
      const response = await get(url);
      const links = parseLink(response.headers.get("link"));
      rels.push(Object.keys(links));
      count += ((await response.json()) as unknown[]).length;
      url = links.next;
    }
    expect(count).toBe(453);
    expect(rels).toEqual([
      ["next", "last"],
      ["prev", "next", "last", "first"],
      ["prev", "next", "last", "first"],
      ["prev", "next", "last", "first"],
      ["prev", "first"],
    ]);
    const first = await get(`${ISSUES}?state=all&per_page=100`);
    const links = parseLink(first.headers.get("link"));
    expect(links.next).toBe(`${fake.url}/repositories/46403050/issues?state=all&per_page=100&page=2`);
    expect(links.last).toMatch(/page=5$/);
  });

  it("defaults to 30 per page and caps per_page at 100; a single page has no Link", async () => {
    expect(await json<unknown[]>(`${ISSUES}?state=all`)).toHaveLength(30);
    expect(await json<unknown[]>(`${ISSUES}?state=all&per_page=500`)).toHaveLength(100);
    const labels = await get("/repos/matrix-org/matrix-spec-proposals/labels?per_page=100");
    expect(labels.headers.get("link")).toBeNull();
  });

  it("filters by state (open by default), labels and since; sorts by updated", async () => {
    const all = fake.state.dataset.issues;
    const open = all.filter((i) => i.state === "open").length;
    const defaultList = await json<{ state: string }[]>(`${ISSUES}?per_page=100&page=1`);
    expect(defaultList.every((i) => i.state === "open")).toBe(true);
    expect((await json<unknown[]>(`${ISSUES}?per_page=100&page=2`)).length).toBe(Math.min(100, open - 100));

    const labelled = await json<{ labels: { name: string }[] }[]>(
      `${ISSUES}?state=all&labels=proposal,kind:core&per_page=100`,
    );
    expect(labelled.length).toBeGreaterThan(0);
    expect(labelled.every((i) => ["proposal", "kind:core"].every((l) => i.labels.some((x) => x.name === l)))).toBe(
      true,
    );

    const times = all.map((i) => i.updated_at).sort();
    const since = times[Math.floor(times.length * 0.8)]!;
    const expected = all.filter((i) => i.updated_at >= since).length;
    const page = await json<{ updated_at: string }[]>(
      `${ISSUES}?state=all&sort=updated&direction=asc&since=${since}&per_page=100`,
    );
    expect(page).toHaveLength(expected);
    expect(page[0]!.updated_at).toBe(since);
    expect(page.map((i) => i.updated_at)).toEqual(page.map((i) => i.updated_at).sort());
  });

  it("filters repository comments by since and sorts them by updated", async () => {
    const since = "2024-01-01T00:00:00Z";
    const expected = fake.state.dataset.comments.filter((c) => c.updated_at >= since).length;
    const comments = await json<{ updated_at: string }[]>(
      `/repos/matrix-org/matrix-spec-proposals/issues/comments?since=${since}&sort=updated&direction=asc&per_page=100`,
    );
    expect(comments.length).toBe(Math.min(100, expected));
    expect(comments.every((c) => c.updated_at >= since)).toBe(true);
    expect(comments.map((c) => c.updated_at)).toEqual(comments.map((c) => c.updated_at).sort());
  });

  it("lists repository events newest first and ignores a since parameter (GitHub has none)", async () => {
    const plain = await json<{ id: number }[]>("/repos/matrix-org/matrix-spec-proposals/issues/events?per_page=50");
    const withSince = await json<{ id: number }[]>(
      "/repos/matrix-org/matrix-spec-proposals/issues/events?per_page=50&since=2026-01-01T00:00:00Z",
    );
    expect(withSince).toEqual(plain);
    expect(plain[0]!.id).toBe(Math.max(...fake.state.dataset.events.map((e) => e.id)));
  });

  it("answers a repeated request with If-None-Match by 304, which costs no rate limit", async () => {
    const first = await get(`${ISSUES}?state=all&per_page=100`);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"[0-9a-f]{64}"$/);
    const remaining = Number(first.headers.get("x-ratelimit-remaining"));
    const second = await get(`${ISSUES}?state=all&per_page=100`, { ...auth, "if-none-match": etag });
    expect(second.status).toBe(304);
    expect(await second.text()).toBe("");
    expect(second.headers.get("etag")).toBe(etag);
    expect(Number(second.headers.get("x-ratelimit-remaining"))).toBe(remaining);
    const third = await get(`${ISSUES}?state=all&per_page=100`);
    expect(Number(third.headers.get("x-ratelimit-remaining"))).toBe(remaining - 1);
    expect(fake.requests.map((r) => [r.conditional, r.notModified, r.status])).toEqual([
      [false, false, 200],
      [true, true, 304],
      [false, false, 200],
    ]);
  });

  it("changes the ETag when the data changes, and honours If-Modified-Since on one issue", async () => {
    const url = `${ISSUES}?state=all&sort=updated&direction=desc&per_page=10`;
    const etag = (await get(url)).headers.get("etag")!;
    fake.state.advance(60);
    fake.state.addLabels(2190, ["unresolved-concerns"]);
    const changed = await get(url, { ...auth, "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);

    const issue = await get(`${ISSUES}/2190`);
    const lastModified = issue.headers.get("last-modified")!;
    expect(new Date(lastModified).toISOString()).toBe(fake.state.now.toISOString());
    expect((await get(`${ISSUES}/2190`, { ...auth, "if-modified-since": lastModified })).status).toBe(304);
  });

  it("sends GitHub's rate-limit and identification headers, and counts down", async () => {
    const a = await get(`${ISSUES}/2781`);
    const b = await get(`${ISSUES}/2781`);
    expect(a.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(a.headers.get("x-ratelimit-limit")).toBe("5000");
    expect(a.headers.get("x-ratelimit-resource")).toBe("core");
    expect(Number(b.headers.get("x-ratelimit-remaining"))).toBe(Number(a.headers.get("x-ratelimit-remaining")) - 1);
    expect(Number(b.headers.get("x-ratelimit-used"))).toBe(Number(a.headers.get("x-ratelimit-used")) + 1);
    expect(Number(a.headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000);
    expect(a.headers.get("x-github-request-id")).toMatch(/^[0-9A-F]{4}(:[0-9A-F]+){4}$/);
    expect(a.headers.get("x-github-request-id")).not.toBe(b.headers.get("x-github-request-id"));
    const rate = await get("/rate_limit");
    expect(rate.headers.get("x-ratelimit-remaining")).toBe(b.headers.get("x-ratelimit-remaining"));
    const anonymous = await get(`${ISSUES}/2781`, {});
    expect(anonymous.headers.get("x-ratelimit-limit")).toBe("60");
  });

  it("accepts token and Bearer credentials and serves API URLs on its own address", async () => {
    const bearer = await get(`${ISSUES}/2781`, { authorization: "Bearer abc" });
    const issue = (await bearer.json()) as { url: string; html_url: string; comments_url: string };
    expect(issue.url).toBe(`${fake.url}/repos/matrix-org/matrix-spec-proposals/issues/2781`);
    expect(issue.html_url).toBe("https://github.com/matrix-org/matrix-spec-proposals/pull/2781");
    expect((await get(issue.comments_url)).status).toBe(200);
  });

  it("answers unknown things as GitHub does: 404, 401 for teams without a token, 301 for the old name", async () => {
    const missing = await get(`${ISSUES}/999999`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ message: "Not Found", status: "404" });
    expect((await get("/repos/matrix-org/other/issues")).status).toBe(404);
    expect((await get("/orgs/matrix-org/teams/spec-core-team/members", {})).status).toBe(401);
    const moved = await fetch(`${fake.url}/repos/matrix-org/matrix-doc/issues/2781`, {
      headers: auth,
      redirect: "manual",
    });
    expect(moved.status).toBe(301);
    expect(moved.headers.get("location")).toBe(`${fake.url}/repositories/46403050/issues/2781`);
  });
});

describe("fake GitHub with its own rate limits and tokens", () => {
  it("runs out naturally: 403 with GitHub's message once remaining reaches 0", async () => {
    const fake = await startFakeGitHub({ rateLimit: { unauthenticated: 3 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await fetch(`${fake.url}${ISSUES}/2781`)).status);
      expect(statuses).toEqual([200, 200, 200, 403]);
      const limited = await fetch(`${fake.url}${ISSUES}/2781`);
      expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");
      expect(((await limited.json()) as { message: string }).message).toMatch(
        /^API rate limit exceeded for 127\.0\.0\.1\./,
      );
      expect(fake.requests.at(-1)!.fault).toBe("primary-rate-limit");
    } finally {
      await fake.close();
    }
  });

  it("rejects tokens it does not know with 401 Bad credentials", async () => {
    const fake = await startFakeGitHub({ tokens: ["good"] });
    try {
      expect((await fetch(`${fake.url}${ISSUES}/2781`, { headers: { authorization: "token good" } })).status).toBe(200);
      const bad = await fetch(`${fake.url}${ISSUES}/2781`, { headers: { authorization: "token bad" } });
      expect(bad.status).toBe(401);
      expect(await bad.json()).toMatchObject({ message: "Bad credentials" });
    } finally {
      await fake.close();
    }
  });
});
