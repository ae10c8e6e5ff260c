import "server-only";
import { getPrisma } from "../db/client";
import type { PrismaClient } from "../db/generated/client";
import { loadLatestAppRounds } from "../proposals/load-latest-app-rounds";
import { deriveStatus } from "../proposals/status";
import { labelsForStatus } from "../proposals/status-overlay";
import type { StatusCountsDto } from "./status-counts-dto";

/**
 * Status is derived, never stored (lib/proposals/status.ts), so counting needs each
 * MSC's facts; only those are selected, and only the counts leave this function, so
 * the page carries thirteen numbers rather than every proposal. App-run FCP rounds move
 * the status as on every other page (status-overlay.ts).
 */
export async function countProposalsByStatus(prisma?: PrismaClient): Promise<StatusCountsDto> {
  const db = prisma ?? (await getPrisma());
  const rows = await db.proposal.findMany({
    select: { number: true, githubState: true, merged: true, draft: true, labels: { select: { labelName: true } } },
  });
  const latest = await loadLatestAppRounds(db);
  const counts: StatusCountsDto = {};
  for (const row of rows) {
    const status = deriveStatus({
      githubState: row.githubState === "open" ? "open" : "closed",
      merged: row.merged,
      draft: row.draft,
      labels: labelsForStatus(
        row.labels.map((l) => l.labelName),
        latest.get(row.number),
      ),
    });
    counts[status] = (counts[status] ?? 0) + 1;
  }
  return counts;
}
