import type { GitHubComment, GitHubIssue, GitHubLabel, StoredIssueEvent } from "./github-types";
import { association, emptyReactions, issueUrls, makeComment, makeEvent, pullRequestLinks } from "./github-objects";
import { legacyNodeId, type IdAllocators } from "./ids";
import type { ThreadPlan } from "./plan-thread";
import type { Rng } from "./prng";
import { toGitHubTime } from "./time";
import { makeUser } from "./users";
import { REVIEW_PLACEHOLDER } from "./bot-comments";

// Turns a thread plan into the GitHub objects: ids are allocated here, in time order.

export type Materialized = { issue: GitHubIssue; comments: GitHubComment[]; events: StoredIssueEvent[] };

export function materializeThread(
  plan: ThreadPlan,
  ids: IdAllocators,
  labelsByName: Map<string, GitHubLabel>,
  rng: Rng,
): Materialized {
  const n = plan.record.number;
  const issueId = ids.issues.allocate(plan.createdAtMs);
  const commentIds = plan.comments.map((c) => c.fixedId ?? ids.comments.allocate(c.atMs));
  const reviewIndex = plan.comments.findIndex((c) => c.role === "review");
  const reviewId = reviewIndex >= 0 ? String(commentIds[reviewIndex]) : "";
  const comments: GitHubComment[] = plan.comments.map((c, i) => {
    const base = makeComment(commentIds[i]!, n, plan.isPull, c.author, c.body.split(REVIEW_PLACEHOLDER).join(reviewId));
    return {
      ...base,
      created_at: toGitHubTime(c.atMs),
      updated_at: toGitHubTime(c.updatedAtMs),
      reactions: emptyReactions(`${base.url}/reactions`, rng),
      performed_via_github_app: null,
    };
  });
  const events = plan.events.map((e) =>
    makeEvent(ids.events.allocate(e.atMs), n, e, e.label ? (labelsByName.get(e.label)?.color ?? "ededed") : ""),
  );
  const closedAt = plan.closedAtMs === null ? null : toGitHubTime(plan.closedAtMs);
  const urls = issueUrls(n, plan.isPull);
  const issue: GitHubIssue = {
    ...urls,
    id: issueId,
    node_id: legacyNodeId(plan.isPull ? "PullRequest" : "Issue", issueId),
    number: n,
    title: plan.record.title,
    user: makeUser(plan.author),
    labels: plan.labels.map((name) => labelsByName.get(name)!),
    state: plan.state,
    locked: false,
    assignee: null,
    assignees: [],
    milestone: null,
    comments: comments.length,
    created_at: toGitHubTime(plan.createdAtMs),
    updated_at: toGitHubTime(plan.updatedAtMs),
    closed_at: closedAt,
    author_association: association(plan.author),
    type: null,
    active_lock_reason: null,
    ...(plan.isPull ? { draft: plan.draft } : {}),
    ...(plan.isPull
      ? { pull_request: pullRequestLinks(n, plan.mergedAtMs === null ? null : toGitHubTime(plan.mergedAtMs)) }
      : {}),
    body: plan.body,
    closed_by: plan.closedBy ? makeUser(plan.closedBy) : null,
    reactions: emptyReactions(`${urls.url}/reactions`, rng),
    performed_via_github_app: null,
    state_reason: plan.stateReason,
  };
  return { issue, comments, events };
}
