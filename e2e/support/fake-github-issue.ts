import { expect, type APIRequestContext } from "@playwright/test";
import { githubPort } from "./e2e-ports";
import type { IssueFacts } from "./github-webhooks";

// Reads one issue of the fake GitHub the e2e server writes back to, as anyone reading
// GitHub's REST API would. The port comes from e2e-ports.ts, as the config's does. Reads
// carry a token of their own: the fake's rate limit is per token (60 an hour without),
// and the server's sync token keeps its own count.

const REPO = `http://127.0.0.1:${githubPort}/repos/matrix-org/matrix-spec-proposals`;
const HEADERS = { authorization: "token e2e-fake-github-reader", accept: "application/vnd.github+json" };

export type FakeIssue = { labels: string[]; comments: { author: string; body: string }[] };

async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url, { headers: HEADERS });
  expect(response.status(), `GET ${url}`).toBe(200);
  return (await response.json()) as T;
}

/** The issue's labels and comments, oldest comment first (one page of 100 is plenty here). */
export async function readFakeIssue(request: APIRequestContext, number: number): Promise<FakeIssue> {
  const labels = await getJson<{ name: string }[]>(request, `${REPO}/issues/${number}/labels`);
  const comments = await getJson<{ user: { login: string }; body: string }[]>(
    request,
    `${REPO}/issues/${number}/comments?per_page=100`,
  );
  return {
    labels: labels.map((label) => label.name),
    comments: comments.map((comment) => ({ author: comment.user.login, body: comment.body })),
  };
}

/**
 * The issue as the fake GitHub holds it, in the shape `deliverIssue` sends: a spec that
 * moves an MSC's labels by webhook sends this back at the end to put the MSC back.
 */
export async function readFakeIssueFacts(request: APIRequestContext, number: number): Promise<IssueFacts> {
  const issue = await getJson<{
    title: string;
    body: string | null;
    state: "open" | "closed";
    labels: { name: string }[];
  }>(request, `${REPO}/issues/${number}`);
  return {
    number,
    title: issue.title,
    body: issue.body ?? "",
    state: issue.state,
    labels: issue.labels.map((label) => label.name),
  };
}

/**
 * Posts a comment on the fake GitHub as any client would (the fake counts it in the
 * issue's `comments`), and returns the comment and the issue as GitHub now serves them:
 * what an `issue_comment` webhook carries (github-webhooks.ts `sendIssueCommentWebhook`).
 */
export async function commentOnFakeIssue(request: APIRequestContext, number: number, body: string) {
  const response = await request.post(`${REPO}/issues/${number}/comments`, { headers: HEADERS, data: { body } });
  expect(response.status(), `POST ${REPO}/issues/${number}/comments`).toBe(201);
  const comment = (await response.json()) as Record<string, unknown>;
  const issue = await getJson<Record<string, unknown>>(request, `${REPO}/issues/${number}`);
  return { issue, comment };
}
