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

export type IssueFacts = { number: number; title: string; body: string; labels: string[]; state?: "open" | "closed" };

/** An `issues.edited` delivery carrying the MSC's whole current state, newer than anything stored. */
export async function deliverIssue(request: APIRequestContext, issue: IssueFacts) {
  const payload = webhookExample("issues", "edited");
  Object.assign(payload.issue as object, {
    // GitHub's id is unique per issue: kept from the example, a second MSC would collide
    // with the first on proposals.github_id, and the receiver would take it for a replay.
    id: 9_000_000_000 + issue.number,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state ?? "open",
    draft: false,
    labels: issue.labels.map((name) => ({ name })),
    updated_at: new Date().toISOString(),
    pull_request: { merged_at: null },
  });
  await deliver(request, "issues", payload);
}

/** An `issue_comment.created` delivery: a comment by `author` on MSC `number`. */
export async function deliverComment(
  request: APIRequestContext,
  comment: { number: number; id: number; author: string; body: string; at?: Date },
) {
  const payload = webhookExample("issue_comment", "created");
  const at = (comment.at ?? new Date()).toISOString();
  Object.assign(payload.issue as object, { number: comment.number, pull_request: { merged_at: null } });
  Object.assign(payload.comment as object, {
    id: comment.id,
    // The store files a comment under the MSC its issue_url names, not under payload.issue.
    issue_url: `https://api.github.com/repos/matrix-org/matrix-spec-proposals/issues/${comment.number}`,
    body: comment.body,
    user: { ...((payload.comment as { user: object }).user ?? {}), login: comment.author, type: "User" },
    created_at: at,
    updated_at: at,
  });
  await deliver(request, "issue_comment", payload);
}
