import type {
  GitHubComment,
  GitHubDataset,
  GitHubIssue,
  GitHubLabel,
  GitHubUser,
  RepositoryRef,
  StoredIssueEvent,
  TeamMember,
  TeamRef,
} from "./github-types";
import type { ThreadRecord } from "./source-records";

// The committed fixtures hold GitHub's objects with each user and label written once:
// in issues, comments and events a user is its login and a label its name. That keeps
// the files to a few MB; expandFixtures restores GitHub's exact shapes.

type Compact<T, K extends keyof T, V> = Omit<T, K> & { [P in K]: V };

export type CompactIssue = Compact<
  Compact<Compact<GitHubIssue, "user", string>, "labels", string[]>,
  "closed_by",
  string | null
>;
export type CompactComment = Compact<GitHubComment, "user", string>;
export type CompactEvent = Compact<StoredIssueEvent, "actor", string>;

export type FixtureManifest = {
  description: string;
  seed: string;
  snapshotAt: string;
  repository: RepositoryRef;
  team: TeamRef;
  counts: Record<string, number>;
  generated: string[];
};

export type FixtureFiles = {
  manifest: FixtureManifest;
  users: GitHubUser[];
  labels: GitHubLabel[];
  issues: CompactIssue[];
  comments: CompactComment[];
  events: CompactEvent[];
  teamMembers: { login: string; role: TeamMember["role"] }[];
  sourceRecords: ThreadRecord[];
};

export const FIXTURE_FILE_NAMES: Record<keyof FixtureFiles, string> = {
  manifest: "manifest.json",
  users: "users.json",
  labels: "labels.json",
  issues: "issues.json",
  comments: "comments.json",
  events: "events.json",
  teamMembers: "team-members.json",
  sourceRecords: "source-records.json",
};

export function compactDataset(
  dataset: GitHubDataset,
  sourceRecords: ThreadRecord[],
  manifest: Omit<FixtureManifest, "repository" | "team" | "snapshotAt">,
): FixtureFiles {
  const users = new Map<string, GitHubUser>();
  const note = (user: GitHubUser) => (users.set(user.login, user), user.login);
  const issues = dataset.issues.map(({ user, labels, closed_by, ...rest }) => ({
    ...rest,
    user: note(user),
    labels: labels.map((l) => l.name),
    closed_by: closed_by ? note(closed_by) : null,
  }));
  const comments = dataset.comments.map(({ user, ...rest }) => ({ ...rest, user: note(user) }));
  const events = dataset.events.map(({ actor, ...rest }) => ({ ...rest, actor: note(actor) }));
  const teamMembers = dataset.teamMembers.map(({ role, inherited: _inherited, ...user }) => ({
    login: note(user),
    role,
  }));
  return {
    manifest: { ...manifest, snapshotAt: dataset.snapshotAt, repository: dataset.repository, team: dataset.team },
    users: [...users.values()].sort((a, b) => a.login.localeCompare(b.login)),
    labels: dataset.labels,
    issues,
    comments,
    events,
    teamMembers,
    sourceRecords,
  };
}

export function expandFixtures(files: FixtureFiles): GitHubDataset {
  const users = new Map(files.users.map((u) => [u.login, u]));
  const labels = new Map(files.labels.map((l) => [l.name, l]));
  const user = (login: string) => {
    const found = users.get(login);
    if (!found) throw new Error(`fixture user ${login} missing from users.json`);
    return found;
  };
  const label = (name: string) => {
    const found = labels.get(name);
    if (!found) throw new Error(`fixture label ${name} missing from labels.json`);
    return found;
  };
  return {
    repository: files.manifest.repository,
    team: files.manifest.team,
    snapshotAt: files.manifest.snapshotAt,
    labels: files.labels,
    issues: files.issues.map((i) => ({
      ...i,
      user: user(i.user),
      labels: i.labels.map(label),
      closed_by: i.closed_by === null ? null : user(i.closed_by),
    })),
    comments: files.comments.map((c) => ({ ...c, user: user(c.user) })),
    events: files.events.map((e) => ({ ...e, actor: user(e.actor) })),
    teamMembers: files.teamMembers.map((m) => ({ ...user(m.login), role: m.role, inherited: false })),
  };
}
