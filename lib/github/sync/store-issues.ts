import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { loadLatestAppRounds, type LatestAppRounds } from "@/lib/proposals/load-latest-app-rounds";
import { deriveStatus, type StatusFacts } from "@/lib/proposals/status";
import { labelsForStatus } from "@/lib/proposals/status-overlay";
import { labelNames, type GitHubIssue } from "../github-types";
import { isMscThread } from "../is-msc-thread";
import { parseProposalBody } from "../proposal-body/parse-proposal-body";
import { commentsAddedEvent, nextCommentCount, readCommentCount } from "./comment-count-change";

type Tx = Prisma.TransactionClient;
export type StoreSource = "sync" | "webhook";
export type StoreCounts = { added: number; changed: number; skipped: number };

/**
 * Upserts the MSCs among a page of issues, replaces their label sets, and appends a
 * `status.changed` event whenever the derived status moved, and a `comments.added` one
 * whenever GitHub's comment count grew (never a status move). Idempotent: storing the
 * same issue twice changes nothing and records no event. The status compared is the one
 * pages show, with an app-run FCP round applied (status-overlay.ts): that round's moves
 * are recorded by the FCP operations when they happen, so GitHub's labels catching up
 * later (write-back, or a person moving them) is not a second move, while a change the
 * round does not explain (closing, merging, a terminal label) still is.
 */
export async function storeIssues(tx: Tx, issues: GitHubIssue[], source: StoreSource): Promise<StoreCounts> {
  const counts: StoreCounts = { added: 0, changed: 0, skipped: 0 };
  const names = [...new Set(issues.flatMap((issue) => labelNames(issue.labels)))];
  await tx.label.createMany({ data: names.map((name) => ({ name })), skipDuplicates: true });

  const existing = await tx.proposal.findMany({
    where: { number: { in: issues.map((issue) => issue.number) } },
    select: {
      number: true,
      githubState: true,
      merged: true,
      draft: true,
      title: true,
      updatedAt: true,
      commentCount: true,
      labels: { select: { labelName: true } },
    },
  });
  const latest = await loadLatestAppRounds(
    tx,
    existing.map((p) => p.number),
  );
  const before = new Map(existing.map((p) => [p.number, { ...p, labels: p.labels.map((l) => l.labelName).sort() }]));
  const stored: { number: number; labels: string[] }[] = [];
  const events: Prisma.EventCreateManyInput[] = [];

  for (const issue of issues) {
    const labels = labelNames(issue.labels).sort();
    const old = before.get(issue.number);
    if (!old && !isMscThread({ title: issue.title, labels })) {
      counts.skipped++;
      continue;
    }
    const commentCount = nextCommentCount(old?.commentCount ?? null, readCommentCount(issue));
    const row = { ...toProposalRow(issue, source), commentCount };
    // An older copy (a late webhook, an overlapping page) must not overwrite newer data,
    // and an identical one (the page boundary read again) is not a change.
    if (old?.updatedAt && old.updatedAt > row.updatedAt) continue;
    if (old && sameFacts(old, row, labels)) continue;

    await tx.proposal.upsert({ where: { number: issue.number }, create: row, update: row });
    stored.push({ number: issue.number, labels });
    const from = old ? statusOf(facts(old.githubState, old.merged, old.draft, old.labels), latest, issue.number) : null;
    const to = statusOf(facts(row.githubState, row.merged, row.draft, labels), latest, issue.number);
    if (old) counts.changed++;
    else counts.added++;
    if (from !== to) {
      events.push({
        proposalNumber: issue.number,
        kind: "status.changed",
        at: row.updatedAt,
        source,
        data: { from, to },
        dedupeKey: `status:${issue.number}:${issue.updated_at}:${to}`,
      });
    }
    const comments = commentsAddedEvent(issue.number, old?.commentCount ?? null, commentCount, row.updatedAt, source);
    if (comments) events.push(comments);
  }
  // Label sets are replaced whole, for the page at once.
  await tx.proposalLabel.deleteMany({ where: { proposalNumber: { in: stored.map((s) => s.number) } } });
  await tx.proposalLabel.createMany({
    data: stored.flatMap((s) => s.labels.map((labelName) => ({ proposalNumber: s.number, labelName }))),
  });
  await tx.event.createMany({ data: events, skipDuplicates: true });
  return counts;
}

type Known = {
  githubState: string;
  merged: boolean;
  draft: boolean;
  title: string;
  updatedAt: Date | null;
  commentCount: number | null;
  labels: string[];
};

function sameFacts(old: Known, row: ProposalRow, labels: string[]): boolean {
  return (
    old.updatedAt?.getTime() === row.updatedAt.getTime() &&
    old.title === row.title &&
    old.githubState === row.githubState &&
    old.merged === row.merged &&
    old.draft === row.draft &&
    old.commentCount === row.commentCount &&
    old.labels.join("\n") === labels.join("\n")
  );
}

function statusOf(facts: StatusFacts, latest: LatestAppRounds, number: number) {
  return deriveStatus({ ...facts, labels: labelsForStatus(facts.labels, latest.get(number)) });
}

function facts(githubState: string, merged: boolean, draft: boolean, labels: string[]): StatusFacts {
  return { githubState: githubState === "open" ? "open" : "closed", merged, draft, labels };
}

type ProposalRow = ReturnType<typeof toProposalRow> & { commentCount: number | null };

function toProposalRow(issue: GitHubIssue, source: StoreSource) {
  const meta = parseProposalBody(issue.body ?? null);
  const mergedAt = issue.pull_request?.merged_at ?? null;
  const author = issue.user?.login ?? null;
  return {
    number: issue.number,
    githubId: BigInt(issue.id),
    isPullRequest: issue.pull_request != null,
    title: issue.title,
    body: issue.body ?? null,
    githubState: issue.state === "open" ? "open" : "closed",
    draft: issue.draft ?? false,
    merged: mergedAt !== null,
    authorLogin: author,
    // The PR's opener is an author even when the body names none.
    authors: meta.authors.length > 0 ? meta.authors : author ? [author] : [],
    shepherds: meta.shepherds,
    relatedPrs: meta.relatedPrs,
    proposalDate: meta.date,
    documentation: meta.documentation,
    renderedUrl: meta.renderedUrl,
    createdAt: new Date(issue.created_at),
    updatedAt: new Date(issue.updated_at),
    closedAt: issue.closed_at ? new Date(issue.closed_at) : null,
    mergedAt: mergedAt ? new Date(mergedAt) : null,
    source,
    syncedAt: new Date(),
  };
}
