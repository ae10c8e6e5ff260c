import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { GitHubComment, GitHubIssue } from "../github-types";
import { storeComments } from "../sync/store-comments";
import { storeIssues } from "../sync/store-issues";
import { storeLabelEvents } from "../sync/store-label-events";
import { applyLabelEvent, applyTeamEvent } from "./apply-repository-events";

type Tx = Prisma.TransactionClient;
type Payload = Record<string, unknown> & { action?: string };

export const HANDLED_EVENTS = [
  "ping",
  "issues",
  "pull_request",
  "issue_comment",
  "label",
  "membership",
  "team",
] as const;

/** Applies one verified webhook delivery inside the caller's transaction. */
export async function applyWebhook(tx: Tx, event: string, payload: Payload, team: string, receivedAt: Date) {
  switch (event) {
    case "issues":
      return applyIssue(tx, payload.issue as GitHubIssue, payload, receivedAt);
    case "pull_request": {
      const pr = payload.pull_request as GitHubIssue & { merged_at?: string | null };
      // A PR payload carries merged_at at the top; the issue shape nests it.
      return applyIssue(tx, { ...pr, pull_request: { merged_at: pr.merged_at ?? null } }, payload, receivedAt);
    }
    case "issue_comment":
      // The payload's issue is the thread as the issues API shows it now, its comment
      // count included: storing it reports the new comment at once, and the next sync
      // reads the same count and records nothing more. Stored first, so that mscbot's
      // comment on an MSC seen here for the first time finds its proposal.
      await storeIssues(tx, [payload.issue as GitHubIssue], "webhook");
      if (payload.action === "deleted") return;
      await storeComments(tx, [payload.comment as GitHubComment]);
      return;
    case "label":
      return applyLabelEvent(tx, payload);
    case "membership":
    case "team":
      return applyTeamEvent(tx, event, payload, team, receivedAt);
  }
}

async function applyIssue(tx: Tx, issue: GitHubIssue, payload: Payload, receivedAt: Date) {
  await storeIssues(tx, [issue], "webhook");
  const label = payload.label as { name?: string } | undefined;
  if ((payload.action === "labeled" || payload.action === "unlabeled") && label?.name) {
    // Webhooks carry no issue-event id: the row is stored without one and the next
    // sync of /issues/events attaches the id instead of adding a second row.
    const sender = payload.sender as { login?: string } | undefined;
    await storeLabelEvents(
      tx,
      [
        {
          id: 0,
          event: payload.action,
          actor: sender?.login ? { login: sender.login } : null,
          created_at: issue.updated_at ?? receivedAt.toISOString(),
          label: { name: label.name },
          issue: { number: issue.number },
        },
      ],
      "webhook",
    );
  }
}
