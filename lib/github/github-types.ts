// The parts of GitHub's REST payloads the tracker reads. Webhook payloads and REST
// listings share these shapes, so one set of store functions serves both paths.

export type GitHubUser = { login: string; id?: number } | null;

export type GitHubLabel = string | { name?: string; id?: number; color?: string | null; description?: string | null };

export type GitHubIssue = {
  id: number;
  number: number;
  title: string;
  body?: string | null;
  state: string;
  draft?: boolean;
  user: GitHubUser;
  labels: GitHubLabel[];
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  pull_request?: { merged_at?: string | null } | null;
  /** The thread's comment count (comment-count-change.ts). */
  comments?: number;
};

export type GitHubComment = {
  id: number;
  issue_url: string;
  user: GitHubUser;
  body?: string | null;
  created_at: string;
  updated_at: string;
  html_url?: string;
};

export type GitHubIssueEvent = {
  id: number;
  event: string;
  actor: GitHubUser;
  created_at: string;
  label?: { name: string } | null;
  issue?: { number: number } | null;
};

export function labelNames(labels: GitHubLabel[]): string[] {
  return labels.map((l) => (typeof l === "string" ? l : (l.name ?? ""))).filter((name) => name !== "");
}

/** https://api.github.com/repos/o/r/issues/123 -> 123 */
export function issueNumberFromUrl(url: string): number | null {
  const match = /\/issues\/(\d+)$/.exec(url);
  return match ? Number(match[1]) : null;
}
