// The GitHub REST objects the fake serves, as GitHub returns them (the conformance
// test validates them against GitHub's OpenAPI description). API URLs inside objects
// use https://api.github.com; the server rewrites them to its own address.

export const API_ORIGIN = "https://api.github.com";
export const WEB_ORIGIN = "https://github.com";

export type GitHubUser = {
  login: string;
  id: number;
  node_id: string;
  avatar_url: string;
  gravatar_id: string;
  url: string;
  html_url: string;
  followers_url: string;
  following_url: string;
  gists_url: string;
  starred_url: string;
  subscriptions_url: string;
  organizations_url: string;
  repos_url: string;
  events_url: string;
  received_events_url: string;
  type: "User" | "Bot" | "Organization";
  user_view_type: "public";
  site_admin: boolean;
};

export type GitHubLabel = {
  id: number;
  node_id: string;
  url: string;
  name: string;
  color: string;
  default: boolean;
  description: string | null;
};

export type Reactions = {
  url: string;
  total_count: number;
  "+1": number;
  "-1": number;
  laugh: number;
  hooray: number;
  confused: number;
  heart: number;
  rocket: number;
  eyes: number;
};

export type AuthorAssociation = "COLLABORATOR" | "CONTRIBUTOR" | "MEMBER" | "NONE" | "OWNER" | "FIRST_TIME_CONTRIBUTOR";

export type GitHubIssue = {
  url: string;
  repository_url: string;
  labels_url: string;
  comments_url: string;
  events_url: string;
  html_url: string;
  id: number;
  node_id: string;
  number: number;
  title: string;
  user: GitHubUser;
  labels: GitHubLabel[];
  state: "open" | "closed";
  locked: boolean;
  assignee: GitHubUser | null;
  assignees: GitHubUser[];
  milestone: null;
  comments: number;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  author_association: AuthorAssociation;
  type: null;
  active_lock_reason: null;
  /** Only on pull requests: GitHub omits the key entirely for plain issues. */
  draft?: boolean;
  pull_request?: { url: string; html_url: string; diff_url: string; patch_url: string; merged_at: string | null };
  body: string | null;
  closed_by?: GitHubUser | null;
  reactions: Reactions;
  timeline_url: string;
  performed_via_github_app: null;
  state_reason: "completed" | "reopened" | "not_planned" | null;
};

export type GitHubComment = {
  url: string;
  html_url: string;
  issue_url: string;
  id: number;
  node_id: string;
  user: GitHubUser;
  created_at: string;
  updated_at: string;
  body: string;
  author_association: AuthorAssociation;
  reactions: Reactions;
  performed_via_github_app: null;
};

export type IssueEventName =
  | "labeled"
  | "unlabeled"
  | "closed"
  | "reopened"
  | "merged"
  | "renamed"
  | "ready_for_review"
  | "convert_to_draft"
  | "head_ref_deleted"
  | "mentioned"
  | "subscribed";

export type GitHubIssueEvent = {
  id: number;
  node_id: string;
  url: string;
  actor: GitHubUser;
  event: IssueEventName;
  commit_id: string | null;
  commit_url: string | null;
  created_at: string;
  label?: { name: string; color: string };
  rename?: { from: string; to: string };
  performed_via_github_app: null;
  issue?: GitHubIssue;
};

/** An event as stored: the repository-wide listing embeds the issue's current state at read time. */
export type StoredIssueEvent = Omit<GitHubIssueEvent, "issue"> & { issue_number: number };

export type RepositoryRef = { owner: string; name: string; id: number; formerNames: string[] };

export type TeamRef = { org: string; orgId: number; slug: string; id: number };

export type TeamMember = GitHubUser & { role: "member" | "maintainer"; inherited: boolean };

/** Everything the fake GitHub serves: one repository, its threads, and one team. */
export type GitHubDataset = {
  repository: RepositoryRef;
  team: TeamRef;
  /** The moment the data describes; the fake's clock starts here. */
  snapshotAt: string;
  labels: GitHubLabel[];
  issues: GitHubIssue[];
  comments: GitHubComment[];
  events: StoredIssueEvent[];
  teamMembers: TeamMember[];
};
