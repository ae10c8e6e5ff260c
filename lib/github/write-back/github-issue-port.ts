import "server-only";
import type { GitHubClient } from "../create-github-client";

// What write-back asks of GitHub, on one repository's issues. Reads may be retried by
// the client; writes are sent once per attempt (`retries: 0`), because a retried POST
// whose first try reached GitHub would post a second comment. The worker retries a
// failed attempt later, after looking for the comment it may have posted.

export type IssueComment = { id: number; body: string };

export type IssuePort = {
  labels(issue: number): Promise<string[]>;
  /** The first comment on the issue whose body passes `test`, reading every page. */
  findComment(issue: number, test: (body: string) => boolean): Promise<IssueComment | null>;
  addLabels(issue: number, labels: string[]): Promise<void>;
  removeLabel(issue: number, label: string): Promise<void>;
  /** Null when nothing was created (a dry run). */
  createComment(issue: number, body: string, summary: string): Promise<IssueComment | null>;
  editComment(commentId: number, body: string, summary: string): Promise<void>;
};

export type Repository = { owner: string; name: string };

const ONCE = { request: { retries: 0 } };

export function octokitIssuePort(client: GitHubClient, { owner, name: repo }: Repository): IssuePort {
  return {
    labels: async (issue_number) => {
      const { data } = await client.rest.issues.get({ owner, repo, issue_number });
      return data.labels.map((l) => (typeof l === "string" ? l : (l.name ?? ""))).filter(Boolean);
    },
    findComment: async (issue_number, test) => {
      for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
        owner,
        repo,
        issue_number,
        per_page: 100,
      })) {
        // A cut-off page reads as "" (DEVELOPERS.md): fail rather than miss our comment.
        if (!Array.isArray(page.data)) throw new Error(`GitHub sent an unreadable comments page for #${issue_number}`);
        const found = page.data.find((c) => test(c.body ?? ""));
        if (found) return { id: found.id, body: found.body ?? "" };
      }
      return null;
    },
    addLabels: async (issue_number, labels) => {
      await client.rest.issues.addLabels({ owner, repo, issue_number, labels, ...ONCE });
    },
    removeLabel: async (issue_number, name) => {
      try {
        await client.rest.issues.removeLabel({ owner, repo, issue_number, name, ...ONCE });
      } catch (error) {
        // Someone removed it since we read the labels: the wanted state is reached.
        if ((error as { status?: number }).status !== 404) throw error;
      }
    },
    createComment: async (issue_number, body) => {
      const { data } = await client.rest.issues.createComment({ owner, repo, issue_number, body, ...ONCE });
      // A cut-off answer resolves with data "": the comment may exist; the next attempt finds it.
      if (typeof data?.id !== "number")
        throw new Error(`GitHub's answer to a new comment on #${issue_number} was cut off`);
      return { id: data.id, body: data.body ?? body };
    },
    editComment: async (comment_id, body) => {
      await client.rest.issues.updateComment({ owner, repo, comment_id, body, ...ONCE });
    },
  };
}

/**
 * GITHUB_WRITE_BACK=dry-run: reads GitHub as the real thing does, and logs one line per
 * write instead of sending it.
 */
export function dryRunIssuePort(reads: IssuePort, { owner, name }: Repository, log: (line: string) => void): IssuePort {
  const issues = `/repos/${owner}/${name}/issues`;
  const say = (line: string) => log(`GitHub write-back (dry run): ${line}`);
  return {
    labels: reads.labels,
    findComment: reads.findComment,
    addLabels: async (issue, labels) => say(`POST ${issues}/${issue}/labels add ${labels.join(", ")}`),
    removeLabel: async (issue, label) => say(`DELETE ${issues}/${issue}/labels/${encodeURIComponent(label)}`),
    createComment: async (issue, _body, summary) => {
      say(`POST ${issues}/${issue}/comments ${summary}`);
      return null;
    },
    editComment: async (commentId, _body, summary) => say(`PATCH ${issues}/comments/${commentId} ${summary}`),
  };
}
