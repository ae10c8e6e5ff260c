import {
  API_ORIGIN,
  WEB_ORIGIN,
  type AuthorAssociation,
  type IssueEventName,
  type Reactions,
  type StoredIssueEvent,
} from "./github-types";
import { legacyNodeId } from "./ids";
import type { PlannedEvent } from "./plan-thread";
import type { Rng } from "./prng";
import { REPOSITORY, SCT_MEMBERS_2026 } from "./repository";
import { toGitHubTime } from "./time";
import { makeUser } from "./users";

// The pieces of GitHub's objects: URLs, comments and events. Shared by the builder and
// by the fake's state changes, so new objects look exactly like built ones.

export const REPO_API = `${API_ORIGIN}/repos/${REPOSITORY.owner}/${REPOSITORY.name}`;
const REPO_WEB = `${WEB_ORIGIN}/${REPOSITORY.owner}/${REPOSITORY.name}`;

const EVENT_NODE_TYPES: Record<IssueEventName, string> = {
  labeled: "LabeledEvent",
  unlabeled: "UnlabeledEvent",
  closed: "ClosedEvent",
  reopened: "ReopenedEvent",
  merged: "MergedEvent",
  renamed: "RenamedTitleEvent",
  ready_for_review: "ReadyForReviewEvent",
  convert_to_draft: "ConvertToDraftEvent",
  head_ref_deleted: "HeadRefDeletedEvent",
  mentioned: "MentionedEvent",
  subscribed: "SubscribedEvent",
};

export function association(login: string): AuthorAssociation {
  if (login === "mscbot" || (SCT_MEMBERS_2026 as readonly string[]).includes(login)) return "MEMBER";
  return "CONTRIBUTOR";
}

export function emptyReactions(url: string, rng?: Rng): Reactions {
  const count = () => (rng && rng.chance(0.2) ? rng.int(1, 6) : 0);
  const r = {
    "+1": count(),
    "-1": 0,
    laugh: 0,
    hooray: count(),
    confused: 0,
    heart: count(),
    rocket: count(),
    eyes: 0,
  };
  const total = Object.values(r).reduce((a, b) => a + b, 0);
  return { url, total_count: total, ...r };
}

export function issueUrls(number: number, isPull: boolean) {
  const url = `${REPO_API}/issues/${number}`;
  return {
    url,
    repository_url: REPO_API,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${REPO_WEB}/${isPull ? "pull" : "issues"}/${number}`,
    timeline_url: `${url}/timeline`,
  };
}

export function pullRequestLinks(number: number, mergedAt: string | null) {
  return {
    url: `${REPO_API}/pulls/${number}`,
    html_url: `${REPO_WEB}/pull/${number}`,
    diff_url: `${REPO_WEB}/pull/${number}.diff`,
    patch_url: `${REPO_WEB}/pull/${number}.patch`,
    merged_at: mergedAt,
  };
}

export function makeComment(id: number, issueNumber: number, isPull: boolean, author: string, body: string) {
  const url = `${REPO_API}/issues/comments/${id}`;
  return {
    url,
    html_url: `${REPO_WEB}/${isPull ? "pull" : "issues"}/${issueNumber}#issuecomment-${id}`,
    issue_url: `${REPO_API}/issues/${issueNumber}`,
    id,
    node_id: legacyNodeId("IssueComment", id),
    user: makeUser(author),
    body,
    author_association: association(author),
  };
}

export function makeEvent(
  id: number,
  issueNumber: number,
  planned: PlannedEvent,
  labelColor: string,
): StoredIssueEvent {
  const commitId = planned.commitId ?? null;
  return {
    id,
    node_id: legacyNodeId(EVENT_NODE_TYPES[planned.event], id),
    url: `${REPO_API}/issues/events/${id}`,
    actor: makeUser(planned.actor),
    event: planned.event,
    commit_id: commitId,
    commit_url: commitId ? `${REPO_API}/commits/${commitId}` : null,
    created_at: toGitHubTime(planned.atMs),
    ...(planned.label ? { label: { name: planned.label, color: labelColor } } : {}),
    ...(planned.rename ? { rename: planned.rename } : {}),
    performed_via_github_app: null,
    issue_number: issueNumber,
  };
}
