import { Octokit } from "@octokit/rest";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { schemaErrors } from "./github-response-schemas";
import { startFakeGitHub, type FakeGitHub } from "./start-fake-github";

// The writes write-back makes: answered in GitHub's shapes, applied to the fake's state
// so later reads see them, refused without a token, and open to injected faults.

const owner = "matrix-org";
const repo = "matrix-spec-proposals";
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

describe("fake GitHub writes", () => {
  let fake: FakeGitHub;
  let octokit: Octokit;
  beforeAll(async () => {
    fake = await startFakeGitHub({ tokenLogin: "tracker-writer" });
    octokit = new Octokit({ baseUrl: fake.url, auth: "test-token", log: quiet });
  });
  afterAll(() => fake.close());
  afterEach(() => fake.faults.clear());

  const labelsOf = async (issue_number: number) =>
    (await octokit.rest.issues.get({ owner, repo, issue_number })).data.labels.map((l) =>
      typeof l === "string" ? l : l.name,
    );

  it("adds and removes labels, with events by the token's user, as GitHub answers", async () => {
    const before = await labelsOf(2781);
    const added = await octokit.rest.issues.addLabels({
      owner,
      repo,
      issue_number: 2781,
      labels: ["proposed-final-comment-period", "disposition-merge"],
    });
    expect(added.status).toBe(200);
    expect(schemaErrors("issues/add-labels", added.data)).toEqual([]);
    expect(await labelsOf(2781)).toEqual(
      expect.arrayContaining([...before, "proposed-final-comment-period", "disposition-merge"]),
    );
    const listed = await octokit.rest.issues.listLabelsOnIssue({ owner, repo, issue_number: 2781 });
    expect(schemaErrors("issues/list-labels-on-issue", listed.data)).toEqual([]);
    expect(listed.data.map((l) => l.name)).toEqual(await labelsOf(2781));

    const removed = await octokit.rest.issues.removeLabel({
      owner,
      repo,
      issue_number: 2781,
      name: "proposed-final-comment-period",
    });
    expect(schemaErrors("issues/remove-label", removed.data)).toEqual([]);
    expect(removed.data.map((l) => l.name)).not.toContain("proposed-final-comment-period");
    const events = fake.state.dataset.events.filter((e) => e.issue_number === 2781).slice(-3);
    expect(events.map((e) => [e.event, e.label?.name, e.actor?.login])).toEqual([
      ["labeled", "proposed-final-comment-period", "tracker-writer"],
      ["labeled", "disposition-merge", "tracker-writer"],
      ["unlabeled", "proposed-final-comment-period", "tracker-writer"],
    ]);

    const missing = await octokit.rest.issues
      .removeLabel({ owner, repo, issue_number: 2781, name: "proposed-final-comment-period" })
      .catch((error: unknown) => error);
    expect(missing).toMatchObject({ status: 404, message: expect.stringContaining("Label does not exist") });
    await expect(octokit.rest.issues.addLabels({ owner, repo, issue_number: 2781, labels: [] })).rejects.toMatchObject({
      status: 422,
    });
  });

  it("creates and edits comments that later listings show", async () => {
    const before = (await octokit.rest.issues.get({ owner, repo, issue_number: 2781 })).data;
    fake.state.advance(60);
    const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: 2781, body: "first words" });
    expect(created.status).toBe(201);
    // GitHub counts the new comment on the issue and bumps its updated_at, as webhooks then carry it.
    const after = (await octokit.rest.issues.get({ owner, repo, issue_number: 2781 })).data;
    expect(after.comments).toBe(before.comments + 1);
    expect(after.updated_at > before.updated_at).toBe(true);
    expect(schemaErrors("issues/create-comment", created.data, "201")).toEqual([]);
    expect(created.data).toMatchObject({ body: "first words", user: { login: "tracker-writer" } });
    expect(created.data.html_url).toMatch(/\/pull\/2781#issuecomment-\d+$/);

    fake.state.advance(60);
    const edited = await octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: created.data.id,
      body: "second words",
    });
    expect(schemaErrors("issues/update-comment", edited.data)).toEqual([]);
    expect(edited.data.updated_at).not.toBe(created.data.updated_at);
    const thread = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: 2781 });
    expect(thread.filter((c) => c.id === created.data.id).map((c) => c.body)).toEqual(["second words"]);
    const one = await octokit.rest.issues.getComment({ owner, repo, comment_id: created.data.id });
    expect(one.data.body).toBe("second words");

    await expect(octokit.rest.issues.updateComment({ owner, repo, comment_id: 1, body: "x" })).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      octokit.rest.issues.createComment({ owner, repo, issue_number: 2781, body: " " }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      octokit.rest.issues.createComment({ owner, repo, issue_number: 999_999, body: "x" }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("refuses writes without a token, and a wrong method is not found", async () => {
    const comments = fake.state.dataset.comments.length;
    const anonymous = new Octokit({ baseUrl: fake.url, log: quiet });
    await expect(
      anonymous.rest.issues.createComment({ owner, repo, issue_number: 2781, body: "hello" }),
    ).rejects.toMatchObject({ status: 401, message: expect.stringContaining("Requires authentication") });
    const put = await fetch(`${fake.url}/repos/${owner}/${repo}/issues/2781/comments`, {
      method: "PUT",
      headers: { authorization: "token test-token" },
      body: "{}",
    });
    expect(put.status).toBe(404);
    const bad = await fetch(`${fake.url}/repos/${owner}/${repo}/issues/2781/comments`, {
      method: "POST",
      headers: { authorization: "token test-token" },
      body: "{not json",
    });
    expect(bad.status).toBe(400);
    expect(fake.state.dataset.comments.length).toBe(comments);
  });

  it("fails writes on request: nothing changes, except a dropped answer after the write", async () => {
    const comments = fake.state.dataset.comments.length;
    fake.faults.serverError(502, { endpoint: "issues/create-comment" });
    fake.faults.forbidden({ endpoint: "issues/add-labels" });
    fake.faults.secondaryRateLimit({ endpoint: "issues/create-comment", retryAfterSeconds: 120 });
    const create = () => octokit.rest.issues.createComment({ owner, repo, issue_number: 2781, body: "x" });
    await expect(create()).rejects.toMatchObject({ status: 502 });
    await expect(
      octokit.rest.issues.addLabels({ owner, repo, issue_number: 2781, labels: ["kind:core"] }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringContaining("Resource not accessible") });
    await expect(create()).rejects.toMatchObject({ status: 403, message: expect.stringContaining("secondary rate") });
    expect(fake.state.dataset.comments.length).toBe(comments);
    expect(
      fake.requests
        .filter((r) => r.method === "POST")
        .slice(-3)
        .map((r) => r.fault),
    ).toEqual(["server-error", "forbidden", "secondary-rate-limit"]);

    // GitHub did the write; the client never heard: the comment exists all the same.
    fake.faults.dropConnection({ endpoint: "issues/create-comment" });
    await create().catch(() => null);
    expect(fake.state.dataset.comments.length).toBe(comments + 1);
  });
});
