import "server-only";
import type { ActionEvent } from "@/lib/auth/run-action";
import { loadLatestAppRounds } from "@/lib/proposals/load-latest-app-rounds";
import { deriveStatus, type Status } from "@/lib/proposals/status";
import { labelsForStatus } from "@/lib/proposals/status-overlay";
import type { Db } from "./fcp-change";

// The public status feed and the timeline read `status.changed` events. An app-run
// round moves the status without GitHub's labels moving (status-overlay.ts), so no sync
// would ever record that move: the FCP operations record it themselves, comparing the
// status before and after their write inside the same transaction.

/** The status the pages show for the MSC now, as this transaction sees it. */
export async function currentStatus(db: Db, proposalNumber: number): Promise<Status> {
  const row = await db.proposal.findUniqueOrThrow({
    where: { number: proposalNumber },
    select: { githubState: true, merged: true, draft: true, labels: { select: { labelName: true } } },
  });
  const latest = await loadLatestAppRounds(db, [proposalNumber]);
  return deriveStatus({
    githubState: row.githubState === "open" ? "open" : "closed",
    merged: row.merged,
    draft: row.draft,
    labels: labelsForStatus(
      row.labels.map((l) => l.labelName),
      latest.get(proposalNumber),
    ),
  });
}

/** The `status.changed` event for a move from `from` to `to`, or none when it did not move. */
export function statusMoveEvent(
  move: { from: Status; to: Status },
  proposalNumber: number,
  fcpRoundId: number,
  at: Date,
): ActionEvent[] {
  if (move.from === move.to) return [];
  return [{ kind: "status.changed", at, proposalNumber, fcpRoundId, data: { from: move.from, to: move.to } }];
}
