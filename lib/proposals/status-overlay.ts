import type { FcpDispositionName } from "../fcp/fcp-dto";
import { labelsAfterRound } from "../fcp/fcp-label-moves";
import { isAppRun } from "../fcp/round-ownership";
import { roundPhase, type RoundTimes } from "../fcp/round-phase";

// Status is derived from GitHub's labels (status.ts). A round this app runs moves the
// status on at once, though GitHub's labels lag (write-back off, or not yet done): the
// labels the status is derived from are GitHub's with mscbot's label moves for that
// round applied (fcp-label-moves.ts, the function write-back uses too). Only the latest
// round counts, and only when it is app-run: an imported round's moves are already in
// GitHub's labels, which are its record (round-ownership.ts). Pure, so derived on read.

/** What the overlay needs of an MSC's latest FCP round. */
export type LatestRoundFacts = RoundTimes & { source: string; disposition: FcpDispositionName };

/** The labels an MSC's status is derived from: GitHub's, with an app-run latest round applied. */
export function labelsForStatus(
  labels: readonly string[],
  latest: LatestRoundFacts | null | undefined,
): readonly string[] {
  if (!latest || !isAppRun(latest)) return labels;
  return labelsAfterRound(labels, { phase: roundPhase(latest), disposition: latest.disposition });
}

/** A proposal's latest round: the highest proposedAt, then the highest id. */
export function latestRound<R extends { id: number; proposedAt: Date }>(rounds: readonly R[]): R | null {
  let latest: R | null = null;
  for (const round of rounds) {
    const later =
      !latest ||
      round.proposedAt.getTime() > latest.proposedAt.getTime() ||
      (round.proposedAt.getTime() === latest.proposedAt.getTime() && round.id > latest.id);
    if (later) latest = round;
  }
  return latest;
}
