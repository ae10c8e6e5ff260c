import type { GitHubIssue } from "../dataset/github-types";
import { association, emptyReactions, issueUrls, pullRequestLinks } from "../dataset/github-objects";
import { legacyNodeId } from "../dataset/ids";
import { makeUser } from "../dataset/users";

export type NewIssue = {
  title: string;
  author: string;
  body?: string | null;
  pull?: boolean;
  draft?: boolean;
  labels?: string[];
};

/** A just-opened issue or pull request, as GitHub returns it (labels are added afterwards). */
export function makeNewIssue(
  input: NewIssue & { number: number; id: number; pull: boolean; createdAt: string },
): GitHubIssue {
  const { number, id, pull, createdAt } = input;
  const urls = issueUrls(number, pull);
  return {
    ...urls,
    id,
    node_id: legacyNodeId(pull ? "PullRequest" : "Issue", id),
    number,
    title: input.title,
    user: makeUser(input.author),
    labels: [],
    state: "open",
    locked: false,
    assignee: null,
    assignees: [],
    milestone: null,
    comments: 0,
    created_at: createdAt,
    updated_at: createdAt,
    closed_at: null,
    author_association: association(input.author),
    type: null,
    active_lock_reason: null,
    ...(pull ? { draft: input.draft ?? false, pull_request: pullRequestLinks(number, null) } : {}),
    body: input.body ?? null,
    closed_by: null,
    reactions: emptyReactions(`${urls.url}/reactions`),
    performed_via_github_app: null,
    state_reason: null,
  };
}
