import type { GitHubIssue, StoredIssueEvent } from "../dataset/github-types";
import type { FakeGitHubState } from "./fake-github-state";
import { eventListItem, issueListItem, issuesByNumber, readDirection, sinceFilter, sortByTime } from "./list-views";
import { paginate, type Page } from "./pagination";
import type { RateLimitSnapshot } from "./rate-limiter";
import type { EndpointName } from "./routes";
import { WRITE_HANDLERS } from "./write-handlers";

// One function per GitHub operation the fake serves, returning what GitHub would:
// a status, a body, and for lists the page to describe in the Link header.

export type HandlerResult = {
  status: number;
  body: unknown;
  /** For paginated lists: the path (GitHub's /repositories/{id} form) and the page served. */
  pagination?: { path: string; page: Page<unknown> };
  lastModified?: string;
};

export type HandlerInput = {
  state: FakeGitHubState;
  query: URLSearchParams;
  issueNumber?: number;
  commentId?: number;
  labelName?: string;
  rateLimit: RateLimitSnapshot;
  /** The parsed JSON body of a write (undefined when there was none). */
  body?: unknown;
  /** Who the token belongs to: the author of comments and label events it makes. */
  actor?: string;
};

export function notFound(documentation = "https://docs.github.com/rest"): HandlerResult {
  return { status: 404, body: { message: "Not Found", documentation_url: documentation, status: "404" } };
}

const list = (path: string, all: unknown[], query: URLSearchParams): HandlerResult => {
  const page = paginate(all, query);
  return { status: 200, body: page.items, pagination: { path, page } };
};

export const HANDLERS: Record<EndpointName, (input: HandlerInput) => HandlerResult> = {
  ...WRITE_HANDLERS,
  "issues/list-for-repo": ({ state, query }) => {
    const wanted = query.get("state") ?? "open";
    const labels = (query.get("labels") ?? "")
      .split(",")
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean);
    const creator = query.get("creator")?.toLowerCase();
    const since = sinceFilter(query.get("since"));
    const matches = state.dataset.issues.filter(
      (issue) =>
        (wanted === "all" || issue.state === wanted) &&
        since(issue.updated_at) &&
        (!creator || issue.user.login.toLowerCase() === creator) &&
        labels.every((name) => issue.labels.some((l) => l.name.toLowerCase() === name)),
    );
    const sort = query.get("sort");
    const key = sort === "updated" ? "updated_at" : sort === "comments" ? "comments" : "created_at";
    const sorted = sortByTime(matches, (issue) => issue[key], readDirection(query.get("direction"), "desc"));
    return list(`${repoPath(state)}/issues`, sorted.map(issueListItem), query);
  },

  "issues/get": ({ state, issueNumber }) => {
    const issue = state.dataset.issues.find((i) => i.number === issueNumber);
    if (!issue) return notFound("https://docs.github.com/rest/issues/issues#get-an-issue");
    return { status: 200, body: issue, lastModified: new Date(issue.updated_at).toUTCString() };
  },

  "issues/list-comments": ({ state, query, issueNumber }) => {
    const issue = state.dataset.issues.find((i) => i.number === issueNumber);
    if (!issue) return notFound("https://docs.github.com/rest/issues/comments#list-issue-comments");
    const since = sinceFilter(query.get("since"));
    const comments = state.dataset.comments.filter((c) => c.issue_url === issue.url && since(c.updated_at));
    return list(`${repoPath(state)}/issues/${issue.number}/comments`, comments, query);
  },

  "issues/list-labels-on-issue": ({ state, query, issueNumber }) => {
    const issue = state.dataset.issues.find((i) => i.number === issueNumber);
    if (!issue) return notFound("https://docs.github.com/rest/issues/labels#list-labels-for-an-issue");
    return list(`${repoPath(state)}/issues/${issue.number}/labels`, issue.labels, query);
  },

  "issues/get-comment": ({ state, commentId }) => {
    const comment = state.dataset.comments.find((c) => c.id === commentId);
    if (!comment) return notFound("https://docs.github.com/rest/issues/comments#get-an-issue-comment");
    return { status: 200, body: comment };
  },

  "issues/list-comments-for-repo": ({ state, query }) => {
    const since = sinceFilter(query.get("since"));
    let comments = state.dataset.comments.filter((c) => since(c.updated_at));
    const sort = query.get("sort");
    // Without `sort`, comments come by ascending id and `direction` is ignored (GitHub's docs).
    if (sort === "created" || sort === "updated") {
      const key = sort === "updated" ? "updated_at" : "created_at";
      comments = sortByTime([...comments], (c) => c[key], readDirection(query.get("direction"), "asc"));
    }
    return list(`${repoPath(state)}/issues/comments`, comments, query);
  },

  // No `since` and no sort: GitHub lists a repository's issue events newest first, only.
  "issues/list-events-for-repo": ({ state, query }) => {
    const { newestFirst, issues } = eventsView(state);
    const page = paginate(newestFirst, query);
    return {
      status: 200,
      body: page.items.map((event) => eventListItem(event, issues)),
      pagination: { path: `${repoPath(state)}/issues/events`, page },
    };
  },

  "issues/list-labels-for-repo": ({ state, query }) => list(`${repoPath(state)}/labels`, state.dataset.labels, query),

  "teams/list-members-in-org": ({ state, query }) => {
    const role = query.get("role") ?? "all";
    const members = state.dataset.teamMembers.filter((m) => role === "all" || m.role === role);
    const team = state.dataset.team;
    return list(`/organizations/${team.orgId}/team/${team.id}/members`, members, query);
  },

  "rate-limit/get": ({ rateLimit }) => {
    const { limit, remaining, reset, used } = rateLimit;
    const core = { limit, used, remaining, reset };
    const other = (max: number) => ({ limit: max, used: 0, remaining: max, reset });
    return {
      status: 200,
      body: {
        resources: {
          core,
          search: other(limit > 60 ? 30 : 10),
          graphql: other(limit > 60 ? 5000 : 0),
          integration_manifest: other(5000),
          code_search: other(10),
        },
        rate: core,
      },
    };
  },
};

// A full walk of the events at scale reads hundreds of pages: build their order once per change.
let eventsCache: {
  state: FakeGitHubState;
  version: number;
  newestFirst: StoredIssueEvent[];
  issues: Map<number, GitHubIssue>;
} | null = null;

function eventsView(state: FakeGitHubState) {
  if (eventsCache?.state !== state || eventsCache.version !== state.version) {
    const newestFirst = [...state.dataset.events].reverse();
    eventsCache = { state, version: state.version, newestFirst, issues: issuesByNumber(state.dataset) };
  }
  return eventsCache;
}

function repoPath(state: FakeGitHubState): string {
  return `/repositories/${state.dataset.repository.id}`;
}
