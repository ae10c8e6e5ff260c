import "server-only";
import { getPrisma } from "../db/client";
import type { PrismaClient } from "../db/generated/client";
import { env } from "../env";
import { classifyLabels } from "./classify-labels";
import type { ProposalDto } from "./proposal-dto";
import { deriveStatus } from "./status";

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** One proposal as the JSON API shows it, or null for an unknown number. */
export async function getProposal(number: number, prisma?: PrismaClient): Promise<ProposalDto | null> {
  const db = prisma ?? (await getPrisma());
  const row = await db.proposal.findUnique({
    where: { number },
    include: { labels: { select: { labelName: true }, orderBy: { labelName: "asc" } } },
  });
  if (!row) return null;
  const labels = row.labels.map((l) => l.labelName);
  const githubState = row.githubState === "open" ? "open" : "closed";
  return {
    number: row.number,
    title: row.title,
    status: deriveStatus({ githubState, merged: row.merged, draft: row.draft, labels }),
    labels,
    state: row.merged ? "merged" : githubState,
    draft: row.draft,
    author: row.authorLogin,
    authors: row.authors,
    shepherd: row.shepherds[0] ?? null,
    ...classifyLabels(labels),
    // GitHub redirects /pull/N for issues too, so one form serves old and new MSCs.
    url: `https://github.com/${env().GITHUB_REPO}/pull/${row.number}`,
    created_at: iso(row.createdAt),
    updated_at: iso(row.updatedAt),
    closed_at: iso(row.closedAt),
    merged_at: iso(row.mergedAt),
  };
}
