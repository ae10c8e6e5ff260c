import type {
  GitHubComment,
  GitHubDataset,
  GitHubIssue,
  GitHubLabel,
  IssueEventName,
  StoredIssueEvent,
} from "../dataset/github-types";
import { createIdAllocators, type IdAllocators } from "../dataset/ids";
import { makeLabel } from "../dataset/labels";
import { emptyReactions, makeComment, makeEvent } from "../dataset/github-objects";
import { makeNewIssue, type NewIssue } from "./new-issue";
import { toGitHubTime } from "../dataset/time";
import { makeUser } from "../dataset/users";

// The fake's data and the in-process API tests use to change it, as GitHub would change
// it: every change is stamped with `now` (a clock the test controls), bumps the issue's
// updated_at, and adds the events GitHub adds (labeled, unlabeled, closed, merged...).

export type IssuePatch = {
  title?: string;
  body?: string | null;
  state?: "open" | "closed";
  merged?: boolean;
  draft?: boolean;
};
export type { NewIssue };

const DEFAULT_ACTOR = "turt2live";

export class FakeGitHubState {
  /** The data clock: every change is stamped with it. Starts at the dataset's snapshot time. */
  now: Date;
  /** Bumped by every change; lets the server cache derived lists. */
  version = 0;
  private readonly ids: IdAllocators = createIdAllocators();

  constructor(
    readonly dataset: GitHubDataset,
    options: { now?: Date } = {},
  ) {
    this.now = options.now ?? new Date(dataset.snapshotAt);
    for (const issue of dataset.issues) this.ids.issues.reserve(issue.id);
    for (const comment of dataset.comments) this.ids.comments.reserve(comment.id);
    for (const event of dataset.events) this.ids.events.reserve(event.id);
  }

  /** Moves the data clock forward; returns the new time. */
  advance(seconds: number): Date {
    this.now = new Date(this.now.getTime() + seconds * 1000);
    return this.now;
  }

  issue(number: number): GitHubIssue {
    const issue = this.dataset.issues.find((i) => i.number === number);
    if (!issue) throw new Error(`fake GitHub has no issue #${number}`);
    return issue;
  }

  label(name: string): GitHubLabel {
    let label = this.dataset.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
    if (!label) {
      // GitHub creates a label that is added to an issue but missing from the repository.
      label = makeLabel(name);
      this.dataset.labels.push(label);
      this.dataset.labels.sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }));
    }
    return label;
  }

  addLabels(number: number, names: string[], actor = DEFAULT_ACTOR): void {
    const issue = this.issue(number);
    for (const name of names) {
      if (issue.labels.some((l) => l.name === name)) continue;
      const label = this.label(name);
      issue.labels.push(label);
      this.addEvent(issue, "labeled", actor, { label: label.name });
    }
    issue.labels.sort((a, b) => a.name.localeCompare(b.name));
    this.touch(issue);
  }

  removeLabels(number: number, names: string[], actor = DEFAULT_ACTOR): void {
    const issue = this.issue(number);
    for (const name of names) {
      if (!issue.labels.some((l) => l.name === name)) continue;
      issue.labels = issue.labels.filter((l) => l.name !== name);
      this.addEvent(issue, "unlabeled", actor, { label: name });
    }
    this.touch(issue);
  }

  /** Replaces the label set, as PUT /issues/{n}/labels does: one event per label that changes. */
  setLabels(number: number, names: string[], actor = DEFAULT_ACTOR): void {
    const current = this.issue(number).labels.map((l) => l.name);
    this.removeLabels(
      number,
      current.filter((name) => !names.includes(name)),
      actor,
    );
    this.addLabels(
      number,
      names.filter((name) => !current.includes(name)),
      actor,
    );
  }

  editIssue(number: number, patch: IssuePatch, actor = DEFAULT_ACTOR): GitHubIssue {
    const issue = this.issue(number);
    if (patch.title !== undefined && patch.title !== issue.title) {
      this.addEvent(issue, "renamed", actor, { rename: { from: issue.title, to: patch.title } });
      issue.title = patch.title;
    }
    if (patch.body !== undefined) issue.body = patch.body;
    if (patch.draft !== undefined && issue.pull_request && patch.draft !== issue.draft) {
      this.addEvent(issue, patch.draft ? "convert_to_draft" : "ready_for_review", actor);
      issue.draft = patch.draft;
    }
    if (patch.merged && issue.pull_request && !issue.pull_request.merged_at) {
      issue.pull_request.merged_at = this.stamp();
      issue.draft = false;
      this.addEvent(issue, "merged", actor, { commitId: fakeCommit(issue.number, this.now) });
      this.close(issue, "completed", actor);
    } else if (patch.state === "closed" && issue.state === "open") {
      this.close(issue, "completed", actor);
    } else if (patch.state === "open" && issue.state === "closed" && !issue.pull_request?.merged_at) {
      issue.state = "open";
      issue.closed_at = null;
      issue.closed_by = null;
      issue.state_reason = "reopened";
      this.addEvent(issue, "reopened", actor);
    }
    this.touch(issue);
    return issue;
  }

  /** Opens a new pull request (or issue, with pull: false) numbered after the highest one. */
  createIssue(input: NewIssue): GitHubIssue {
    const number = Math.max(0, ...this.dataset.issues.map((i) => i.number)) + 1;
    const id = this.ids.issues.allocate(this.now.getTime());
    const pull = input.pull ?? true;
    const issue = makeNewIssue({ number, id, pull, createdAt: this.stamp(), ...input });
    this.dataset.issues.push(issue);
    if (input.labels?.length) this.addLabels(number, input.labels, input.author);
    this.version++;
    return issue;
  }

  addComment(number: number, input: { author: string; body: string }): GitHubComment {
    const issue = this.issue(number);
    const id = this.ids.comments.allocate(this.now.getTime());
    const base = makeComment(id, number, Boolean(issue.pull_request), input.author, input.body);
    const comment: GitHubComment = {
      ...base,
      created_at: this.stamp(),
      updated_at: this.stamp(),
      reactions: emptyReactions(`${base.url}/reactions`),
      performed_via_github_app: null,
    };
    this.dataset.comments.push(comment);
    issue.comments++;
    this.touch(issue);
    return comment;
  }

  /** Edits a comment's body; GitHub bumps the comment's and the issue's updated_at. */
  editComment(id: number, body: string): GitHubComment {
    const comment = this.dataset.comments.find((c) => c.id === id);
    if (!comment) throw new Error(`fake GitHub has no comment ${id}`);
    comment.body = body;
    comment.updated_at = this.stamp();
    const number = Number(/\/issues\/(\d+)$/.exec(comment.issue_url)?.[1]);
    this.touch(this.issue(number));
    return comment;
  }

  addTeamMember(login: string, role: "member" | "maintainer" = "member"): void {
    if (this.dataset.teamMembers.some((m) => m.login === login)) return;
    this.dataset.teamMembers.push({ ...makeUser(login), role, inherited: false });
    this.version++;
  }

  removeTeamMember(login: string): void {
    this.dataset.teamMembers = this.dataset.teamMembers.filter((m) => m.login !== login);
    this.version++;
  }

  private stamp(): string {
    return toGitHubTime(this.now.getTime());
  }

  private touch(issue: GitHubIssue): void {
    issue.updated_at = this.stamp();
    this.version++;
  }

  private close(issue: GitHubIssue, reason: "completed" | "not_planned", actor: string): void {
    issue.state = "closed";
    issue.closed_at = this.stamp();
    issue.closed_by = makeUser(actor);
    issue.state_reason = reason;
    this.addEvent(issue, "closed", actor);
  }

  private addEvent(
    issue: GitHubIssue,
    event: IssueEventName,
    actor: string,
    extra: { label?: string; commitId?: string; rename?: { from: string; to: string } } = {},
  ): StoredIssueEvent {
    const at = this.now.getTime();
    const color = extra.label ? this.label(extra.label).color : "";
    const stored = makeEvent(this.ids.events.allocate(at), issue.number, { atMs: at, event, actor, ...extra }, color);
    const events = this.dataset.events;
    events.push(stored);
    if (events.length > 1 && events[events.length - 2]!.id > stored.id) events.sort((a, b) => a.id - b.id);
    return stored;
  }
}

function fakeCommit(number: number, now: Date): string {
  return Buffer.from(`${number}:${now.toISOString()}`).toString("hex").padEnd(40, "0").slice(0, 40);
}
