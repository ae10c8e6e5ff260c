import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { deriveStatus, type StatusFacts } from "@/lib/proposals/status";
import { labelNames, type GitHubIssue } from "../github-types";
import { isMscThread } from "../is-msc-thread";
import { parseProposalBody } from "../proposal-body/parse-proposal-body";

type Tx = Prisma.TransactionClient;
export type StoreSource = "sync" | "webhook";
export type StoreCounts = { added: number; changed: number; skipped: number };

/**
 * Upserts the MSCs among a page of issues, replaces their label sets, and appends a
 * `status.changed` event whenever the derived status moved. Idempotent: storing the
 * same issue twice changes nothing and records no event.
 */
export async function storeIssues(tx: Tx, issues: GitHubIssue[], source: StoreSource): Promise<StoreCounts> {
  const counts: StoreCounts = { added: 0, changed: 0, skipped: 0 };
  const names = [...new Set(issues.flatMap((issue) => labelNames(issue.labels)))];
  await tx.label.createMany({ data: names.map((name) => ({ name })), skipDuplicates: true });

  for (const issue of issues) {
    const labels = labelNames(issue.labels);
    const before = await tx.proposal.findUnique({
      where: { number: issue.number },
      select: {
        githubState: true,
        merged: true,
        draft: true,
        updatedAt: true,
        labels: { select: { labelName: true } },
      },
    });
    if (!before && !isMscThread({ title: issue.title, labels })) {
      counts.skipped++;
      continue;
    }
    // An older copy (a late webhook, an overlapping page) must not overwrite newer data.
    if (before?.updatedAt && before.updatedAt > new Date(issue.updated_at)) continue;

    const row = toProposalRow(issue, source);
    await tx.proposal.upsert({ where: { number: issue.number }, create: row, update: row });
    await tx.proposalLabel.deleteMany({ where: { proposalNumber: issue.number, labelName: { notIn: labels } } });
    await tx.proposalLabel.createMany({
      data: labels.map((labelName) => ({ proposalNumber: issue.number, labelName })),
      skipDuplicates: true,
    });

    const from = before
      ? deriveStatus(
          facts(
            before.githubState,
            before.merged,
            before.draft,
            before.labels.map((l) => l.labelName),
          ),
        )
      : null;
    const to = deriveStatus(facts(row.githubState, row.merged, row.draft, labels));
    if (!before) counts.added++;
    else counts.changed++;
    if (from !== to) {
      await tx.event.create({
        data: {
          proposalNumber: issue.number,
          kind: "status.changed",
          at: new Date(issue.updated_at),
          source,
          data: { from, to },
          dedupeKey: `status:${issue.number}:${issue.updated_at}:${to}`,
        },
      });
    }
  }
  return counts;
}

function facts(githubState: string, merged: boolean, draft: boolean, labels: string[]): StatusFacts {
  return { githubState: githubState === "open" ? "open" : "closed", merged, draft, labels };
}

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
