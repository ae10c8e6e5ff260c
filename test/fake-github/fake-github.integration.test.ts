import { Octokit } from "@octokit/rest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApiVersion, schemaErrors } from "./github-response-schemas";
import { startFakeGitHub, type FakeGitHub } from "./start-fake-github";

// Conformance: Octokit reads every listing of the fake, and every body is valid against
// GitHub's own response schema for that operation (@octokit/openapi).

const repo = { owner: "matrix-org", repo: "matrix-spec-proposals" };

async function readAll(
  fake: FakeGitHub,
  operationId: string,
  pages: AsyncIterable<{ data: unknown }>,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  for await (const page of pages) {
    expect(schemaErrors(operationId, page.data), `${operationId} page ${items.length / 100 + 1}`).toEqual([]);
    items.push(...(page.data as Record<string, unknown>[]));
  }
  expect(fake.requests.every((r) => r.status === 200)).toBe(true);
  return items;
}

describe(`fake GitHub conforms to GitHub's OpenAPI description (@octokit/openapi ${openApiVersion()})`, () => {
  let fake: FakeGitHub;
  let octokit: Octokit;
  beforeAll(async () => {
    fake = await startFakeGitHub();
    octokit = new Octokit({ baseUrl: fake.url, auth: "test-token" });
  });
  afterAll(() => fake.close());

  it("lists every issue and pull request, shaped as issues/list-for-repo", async () => {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, { ...repo, state: "all", per_page: 100 });
    const issues = await readAll(fake, "issues/list-for-repo", pages);
    expect(issues).toHaveLength(453);
    const pulls = issues.filter((i) => "pull_request" in i);
    expect(pulls.length).toBeGreaterThan(400);
    expect(pulls.every((p) => typeof p.draft === "boolean")).toBe(true);
    expect(issues.filter((i) => !("pull_request" in i)).every((i) => !("draft" in i))).toBe(true);
    expect(issues.some((i) => i.number === 1194 && !("pull_request" in i))).toBe(true);
    expect(issues.every((i) => !("closed_by" in i))).toBe(true);
  });

  it("lists every comment, shaped as issues/list-comments-for-repo", async () => {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listCommentsForRepo, { ...repo, per_page: 100 });
    const comments = await readAll(fake, "issues/list-comments-for-repo", pages);
    expect(comments).toHaveLength(fake.state.dataset.comments.length);
    expect(comments.filter((c) => (c.user as { login: string }).login === "mscbot").length).toBeGreaterThan(13);
  });

  it("lists every issue event, newest first, shaped as issues/list-events-for-repo", async () => {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listEventsForRepo, { ...repo, per_page: 100 });
    const events = await readAll(fake, "issues/list-events-for-repo", pages);
    expect(events).toHaveLength(fake.state.dataset.events.length);
    const ids = events.map((e) => e.id as number);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const labeled = events.filter((e) => e.event === "labeled");
    expect(labeled.length).toBeGreaterThan(1000);
    expect(labeled.every((e) => typeof (e.label as { color: string }).color === "string")).toBe(true);
    expect(events.every((e) => typeof (e.issue as { number: number }).number === "number")).toBe(true);
  });

  it("lists the repository's labels, shaped as issues/list-labels-for-repo", async () => {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listLabelsForRepo, { ...repo, per_page: 100 });
    const labels = await readAll(fake, "issues/list-labels-for-repo", pages);
    const names = labels.map((l) => l.name);
    for (const name of ["proposal", "final-comment-period", "identity service", "s2s", "kind:core"]) {
      expect(names).toContain(name);
    }
  });

  it("serves single issues, shaped as issues/get, and a thread's comments", async () => {
    for (const number of [1194, 1219, 2190, 2781, 2966, 3935, 4297, 4543, 1456]) {
      const { data } = await octokit.rest.issues.get({ ...repo, issue_number: number });
      expect(schemaErrors("issues/get", data), `#${number}`).toEqual([]);
      expect(data.number).toBe(number);
    }
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: 2781 });
    expect(schemaErrors("issues/list-comments", comments)).toEqual([]);
    expect(comments.some((c) => c.body?.startsWith("@mscbot concern We must deprecate before removal"))).toBe(true);
  });

  it("lists the Spec Core Team, shaped as teams/list-members-in-org", async () => {
    const { data } = await octokit.rest.teams.listMembersInOrg({ org: "matrix-org", team_slug: "spec-core-team" });
    expect(schemaErrors("teams/list-members-in-org", data)).toEqual([]);
    expect(data.map((m) => m.login).sort()).toEqual(
      [
        "ara4n",
        "erikjohnston",
        "richvdh",
        "dbkr",
        "uhoreg",
        "anoadragon453",
        "turt2live",
        "KitsuneRal",
        "tulir",
        "clokep",
      ].sort(),
    );
  });

  it("uses a validator that does reject malformed bodies", async () => {
    const { data } = await octokit.rest.issues.get({ ...repo, issue_number: 2781 });
    expect(schemaErrors("issues/get", { ...data, state: 1 })).not.toEqual([]);
    expect(schemaErrors("issues/get", { ...data, user: { login: "x" } })).not.toEqual([]);
    expect(schemaErrors("issues/list-events-for-repo", [{ id: 1, event: "labeled" }])).not.toEqual([]);
  });

  it("reports the rate limit, shaped as rate-limit/get", async () => {
    const { data } = await octokit.rest.rateLimit.get();
    expect(schemaErrors("rate-limit/get", data)).toEqual([]);
    expect(data.resources.core.limit).toBe(5000);
  });
});

describe("fake GitHub at scale (4,500 MSCs)", () => {
  let fake: FakeGitHub;
  let octokit: Octokit;
  beforeAll(async () => {
    fake = await startFakeGitHub({ scale: 4500 });
    octokit = new Octokit({ baseUrl: fake.url, auth: "test-token" });
  });
  afterAll(() => fake.close());

  it("serves synthetic MSCs in the same shapes", async () => {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, { ...repo, state: "all", per_page: 100 });
    const issues = await readAll(fake, "issues/list-for-repo", pages);
    expect(issues).toHaveLength(4500 + 75);
    expect(fake.requests).toHaveLength(46);
    const comments = octokit.paginate.iterator(octokit.rest.issues.listCommentsForRepo, { ...repo, per_page: 100 });
    expect((await readAll(fake, "issues/list-comments-for-repo", comments)).length).toBe(
      fake.state.dataset.comments.length,
    );
    const events = await octokit.rest.issues.listEventsForRepo({ ...repo, per_page: 100 });
    expect(schemaErrors("issues/list-events-for-repo", events.data)).toEqual([]);
  });
});
