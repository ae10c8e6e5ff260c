import type { FcpDispositionName, FcpPhase } from "./fcp-dto";

// mscbot's label moves (MSC-PROCESS.md, "Label moves"), as one pure function of a round's
// phase. Two callers: the status of an MSC whose FCP the tracker runs is derived from
// GitHub's labels with these moves applied (GitHub's copy may lag when write-back is
// off), and write-back sends GitHub the difference.

export const FCP_STATE_LABELS = [
  "proposed-final-comment-period",
  "final-comment-period",
  "finished-final-comment-period",
] as const;

const DISPOSITION_LABELS = ["disposition-merge", "disposition-close", "disposition-postpone"] as const;

export type RoundLabelFacts = { phase: FcpPhase; disposition: FcpDispositionName };

/**
 * The labels an MSC carries once the round's moves are applied to `labels`:
 *   proposed  -> + disposition-<d>, + proposed-final-comment-period
 *   active    -> + disposition-<d>, + final-comment-period, - proposed
 *   finished  -> + finished-final-comment-period, - final-comment-period, - disposition-*
 *                (a postponed disposition also gets `proposal-postponed`: the written
 *                process records postponement with that label)
 *   cancelled -> - every FCP state label and disposition
 * Labels the moves do not touch are kept, in their order.
 */
export function labelsAfterRound(labels: readonly string[], round: RoundLabelFacts): string[] {
  const remove = new Set<string>([...FCP_STATE_LABELS, ...DISPOSITION_LABELS]);
  const add: string[] = [];
  switch (round.phase) {
    case "proposed":
      add.push(`disposition-${round.disposition}`, "proposed-final-comment-period");
      break;
    case "active":
      add.push(`disposition-${round.disposition}`, "final-comment-period");
      break;
    case "finished":
      add.push("finished-final-comment-period");
      if (round.disposition === "postpone") add.push("proposal-postponed");
      break;
    case "cancelled":
      break;
  }
  const kept = labels.filter((label) => !remove.has(label) || add.includes(label));
  return [...kept, ...add.filter((label) => !kept.includes(label))];
}

/** What to change on GitHub to get from `current` to `wanted`. */
export function labelDifference(
  current: readonly string[],
  wanted: readonly string[],
): { add: string[]; remove: string[] } {
  return {
    add: wanted.filter((label) => !current.includes(label)),
    remove: current.filter((label) => !wanted.includes(label)),
  };
}
