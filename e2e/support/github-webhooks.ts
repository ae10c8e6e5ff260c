import type { APIRequestContext } from "@playwright/test";
import { signedDelivery, webhookExample } from "@/test/support/webhook-examples";

// Sends the e2e server the deliveries GitHub would send, signed with the secret the
// server was started with (playwright.config.ts). Specs use them to put an MSC into a
// known state (an FCP with a concern, a hostile body) without touching other MSCs.

export const E2E_WEBHOOK_SECRET = "e2e-webhook-secret";

async function deliver(request: APIRequestContext, event: string, payload: Record<string, unknown>) {
  const { headers, body } = signedDelivery(event, payload, E2E_WEBHOOK_SECRET);
  const response = await request.post("/api/webhooks/github", { headers: Object.fromEntries(headers), data: body });
  if (!response.ok()) throw new Error(`webhook ${event} answered ${response.status()}: ${await response.text()}`);
}

export type IssueFacts = {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state?: "open" | "closed";
  /** GitHub's comment count; left out, the app keeps the count it has (the example's 0 would be a made-up one). */
  comments?: number;
};

/** An `issues.edited` delivery carrying the MSC's whole current state, newer than anything stored. */
export async function deliverIssue(request: APIRequestContext, issue: IssueFacts) {
  const payload = webhookExample("issues", "edited");
  delete (payload.issue as Record<string, unknown>).comments;
  Object.assign(payload.issue as object, {
    // GitHub ids are unique per issue; the recorded example's id on two MSCs would collide
    // (and the receiver acknowledges a unique-key conflict as an already-processed delivery).
    id: 9_000_000_000 + issue.number,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state ?? "open",
    draft: false,
    labels: issue.labels.map((name) => ({ name })),
    updated_at: new Date().toISOString(),
    pull_request: { merged_at: null },
    ...(issue.comments === undefined ? {} : { comments: issue.comments }),
  });
  await deliver(request, "issues", payload);
}

type ProposalJson = {
  title: string;
  body: string | null;
  state: "open" | "closed" | "merged";
  draft: boolean;
  labels: string[];
  created_at: string | null;
  closed_at: string | null;
  merged_at: string | null;
};

/**
 * The thread as GitHub would show it in a payload, from what the app holds: an
 * issue_comment delivery carries the whole issue, and the app stores it like any copy.
 * Without a `comments` field, so the app's stored comment count stays as it was.
 */
async function currentIssue(request: APIRequestContext, number: number, updatedAt: string) {
  const response = await request.get(`/api/v1/proposals/${number}`);
  if (!response.ok()) throw new Error(`GET /api/v1/proposals/${number} answered ${response.status()}`);
  const msc = (await response.json()) as ProposalJson;
  return {
    id: 9_000_000_000 + number,
    number,
    title: msc.title,
    body: msc.body,
    state: msc.state === "open" ? "open" : "closed",
    draft: msc.draft,
    labels: msc.labels.map((name) => ({ name })),
    ...(msc.created_at ? { created_at: msc.created_at } : {}),
    closed_at: msc.closed_at,
    updated_at: updatedAt,
    pull_request: { merged_at: msc.merged_at },
  };
}

/** An `issue_comment.created` delivery: a comment by `author` on MSC `number`. */
export async function deliverComment(
  request: APIRequestContext,
  comment: { number: number; id: number; author: string; body: string; at?: Date },
) {
  const payload = webhookExample("issue_comment", "created");
  const at = (comment.at ?? new Date()).toISOString();
  const issue = payload.issue as Record<string, unknown>;
  delete issue.comments;
  Object.assign(issue, await currentIssue(request, comment.number, at));
  Object.assign(payload.comment as object, {
    id: comment.id,
    // The app finds a comment's MSC from issue_url, as in the REST listings it syncs.
    issue_url: `https://api.github.com/repos/matrix-org/matrix-spec-proposals/issues/${comment.number}`,
    html_url: `https://github.com/matrix-org/matrix-spec-proposals/pull/${comment.number}#issuecomment-${comment.id}`,
    body: comment.body,
    user: { ...((payload.comment as { user: object }).user ?? {}), login: comment.author, type: "User" },
    created_at: at,
    updated_at: at,
  });
  await deliver(request, "issue_comment", payload);
}

/**
 * An `issue_comment` delivery carrying GitHub's own issue and comment objects, as read
 * from the fake GitHub (e2e/support/fake-github-issue.ts `commentOnFakeIssue`): the
 * issue's `comments` count is the one the app reports new comments from. The app must
 * know the MSC's earlier count (a sync from the fake) for the new comment to be news.
 */
export async function sendIssueCommentWebhook(
  request: APIRequestContext,
  delivery: { issue: Record<string, unknown>; comment: Record<string, unknown>; action?: "created" | "deleted" },
) {
  const payload = webhookExample("issue_comment", delivery.action ?? "created");
  Object.assign(payload, { issue: delivery.issue, comment: delivery.comment });
  await deliver(request, "issue_comment", payload);
}
