/** The counts an FCP's progress is read from (FcpRoundDto's fields of the same names). */
export type VoteCounts = { approvals: number; required: number; open_concerns: number };

/**
 * "7 of 8 needed, 1 concern": approvals against the threshold, then what blocks the
 * start. FCP starts only with enough approvals and no open concern (MSC-PROCESS.md), so
 * both halves are always said, "no concerns" included.
 */
export function describeVoteProgress({ approvals, required, open_concerns }: VoteCounts): string {
  const concerns = open_concerns === 0 ? "no concerns" : `${open_concerns} concern${open_concerns === 1 ? "" : "s"}`;
  return `${approvals} of ${required} needed, ${concerns}`;
}
