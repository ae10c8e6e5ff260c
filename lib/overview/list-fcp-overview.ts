import "server-only";
import { getPrisma } from "../db/client";
import type { PrismaClient } from "../db/generated/client";
import { listFcpRounds } from "../fcp/list-fcp-rounds";
import { loadLatestAppRounds } from "../proposals/load-latest-app-rounds";
import { deriveStatus } from "../proposals/status";
import { labelsForStatus } from "../proposals/status-overlay";
import { combineFcpEntries, type FcpLabelledProposal } from "./combine-fcp-entries";
import type { FcpOverviewDto } from "./fcp-entry";

const FCP_LABELS = ["final-comment-period", "proposed-final-comment-period"];

/**
 * Every MSC in or proposed for FCP: the open rounds on record, plus MSCs whose labels
 * alone say so (see combineFcpEntries). Only open MSCs with an FCP label are read, a
 * handful at any time, so this stays cheap however many MSCs exist. Their status takes
 * an app-run latest round into account (status-overlay.ts): GitHub's FCP labels on an
 * MSC whose app-run FCP was cancelled or finished no longer list it.
 */
export async function listFcpOverview(prisma?: PrismaClient): Promise<FcpOverviewDto> {
  const db = prisma ?? (await getPrisma());
  const [rows, rounds] = await Promise.all([
    db.proposal.findMany({
      where: { githubState: "open", labels: { some: { labelName: { in: FCP_LABELS } } } },
      select: {
        number: true,
        title: true,
        githubState: true,
        merged: true,
        draft: true,
        labels: { select: { labelName: true } },
      },
    }),
    listFcpRounds({ phases: ["proposed", "active"] }, db),
  ]);
  const latest = await loadLatestAppRounds(
    db,
    rows.map((row) => row.number),
  );
  const labelled: FcpLabelledProposal[] = rows.map((row) => {
    const labels = row.labels.map((l) => l.labelName);
    const statusLabels = labelsForStatus(labels, latest.get(row.number));
    const status = deriveStatus({ githubState: "open", merged: row.merged, draft: row.draft, labels: statusLabels });
    return { number: row.number, title: row.title, status, labels };
  });
  return combineFcpEntries(labelled, rounds);
}
