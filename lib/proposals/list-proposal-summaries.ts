import "server-only";
import { getPrisma } from "../db/client";
import type { PrismaClient } from "../db/generated/client";
import type { ProposalSummary } from "./proposal-summary";
import { deriveStatus } from "./status";

/** Every proposal with its derived status, highest number first. */
export async function listProposalSummaries(): Promise<ProposalSummary[]> {
  return listProposalSummariesFrom(await getPrisma());
}

export async function listProposalSummariesFrom(prisma: PrismaClient): Promise<ProposalSummary[]> {
  const rows = await prisma.proposal.findMany({
    select: {
      number: true,
      title: true,
      githubState: true,
      merged: true,
      draft: true,
      authorLogin: true,
      createdAt: true,
      mergedAt: true,
      labels: { select: { labelName: true }, orderBy: { labelName: "asc" } },
    },
    orderBy: { number: "desc" },
  });
  return rows.map((row) => {
    const labels = row.labels.map((l) => l.labelName);
    return {
      number: row.number,
      title: row.title,
      status: deriveStatus({
        githubState: row.githubState === "open" ? "open" : "closed",
        merged: row.merged,
        draft: row.draft,
        labels,
      }),
      author: row.authorLogin,
      labels,
      createdAt: row.createdAt?.toISOString() ?? null,
      mergedAt: row.mergedAt?.toISOString() ?? null,
    };
  });
}
