import { classifyLabels } from "./classify-labels";
import type { ProposalDto } from "./proposal-dto";
import { deriveStatus } from "./status";
import { labelsForStatus, type LatestRoundFacts } from "./status-overlay";

/** The stored facts the API shape is derived from. */
export type ProposalRow = {
  number: number;
  title: string;
  githubState: string;
  merged: boolean;
  draft: boolean;
  authorLogin: string | null;
  authors: string[];
  shepherds: string[];
  createdAt: Date | null;
  updatedAt: Date | null;
  closedAt: Date | null;
  mergedAt: Date | null;
  labels: { labelName: string }[];
};

export const PROPOSAL_ROW_SELECT = {
  number: true,
  title: true,
  githubState: true,
  merged: true,
  draft: true,
  authorLogin: true,
  authors: true,
  shepherds: true,
  createdAt: true,
  updatedAt: true,
  closedAt: true,
  mergedAt: true,
  labels: { select: { labelName: true }, orderBy: { labelName: "asc" } },
} as const;

const iso = (date: Date | null) => date?.toISOString() ?? null;

/**
 * `latest` is the MSC's latest FCP round when the app runs it (load-latest-app-rounds.ts):
 * the status then reflects that round (status-overlay.ts), while `labels` stay GitHub's
 * own, as synced, so a reader can see what GitHub shows.
 */
export function toProposalDto(row: ProposalRow, repo: string, latest?: LatestRoundFacts | null): ProposalDto {
  const labels = row.labels.map((l) => l.labelName);
  const githubState = row.githubState === "open" ? "open" : "closed";
  const statusLabels = labelsForStatus(labels, latest);
  return {
    number: row.number,
    title: row.title,
    status: deriveStatus({ githubState, merged: row.merged, draft: row.draft, labels: statusLabels }),
    labels,
    state: row.merged ? "merged" : githubState,
    draft: row.draft,
    author: row.authorLogin,
    authors: row.authors,
    shepherd: row.shepherds[0] ?? null,
    ...classifyLabels(labels),
    // GitHub redirects /pull/N for issues too, so one form serves old and new MSCs.
    url: `https://github.com/${repo}/pull/${row.number}`,
    created_at: iso(row.createdAt),
    updated_at: iso(row.updatedAt),
    closed_at: iso(row.closedAt),
    merged_at: iso(row.mergedAt),
  };
}
