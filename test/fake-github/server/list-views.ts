import type { GitHubDataset, GitHubIssue, StoredIssueEvent } from "../dataset/github-types";

// The shapes of list items: GitHub includes closed_by only when one issue is fetched,
// and the repository-wide event list embeds each event's issue as it is now.

export type IssueListItem = Omit<GitHubIssue, "closed_by">;

export function issueListItem(issue: GitHubIssue): IssueListItem {
  const { closed_by: _closedBy, ...item } = issue;
  return item;
}

export function eventListItem(event: StoredIssueEvent, issues: Map<number, GitHubIssue>) {
  const { issue_number: number, ...rest } = event;
  const issue = issues.get(number);
  return { ...rest, ...(issue ? { issue: issueListItem(issue) } : {}) };
}

export function issuesByNumber(dataset: GitHubDataset): Map<number, GitHubIssue> {
  return new Map(dataset.issues.map((i) => [i.number, i]));
}

type Direction = "asc" | "desc";

/** Sorts by a timestamp field then id, as GitHub does; `fallback` applies to unknown values. */
export function sortByTime<T extends { id: number }>(
  items: T[],
  time: (item: T) => string | number,
  direction: Direction,
): T[] {
  const sign = direction === "asc" ? 1 : -1;
  return items.sort((a, b) => {
    const [x, y] = [time(a), time(b)];
    if (x !== y) return (x < y ? -1 : 1) * sign;
    return (a.id - b.id) * sign;
  });
}

export function readDirection(value: string | null, fallback: Direction): Direction {
  return value === "asc" || value === "desc" ? value : fallback;
}

/** `since` keeps items updated at or after the given time; an unparsable value is ignored. */
export function sinceFilter(value: string | null): (updatedAt: string) => boolean {
  const since = value ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(since)) return () => true;
  return (updatedAt) => Date.parse(updatedAt) >= since;
}
