/**
 * Approvals needed before FCP may start: ceil(threshold % of the quorum base)
 * (MSC-PROCESS.md: 75 % of the current SCT; 10 members -> 8, 8 -> 6).
 * The small tolerance keeps float noise (say 7.000000000000001) from asking for one more.
 */
export function requiredApprovals(quorumBase: number, thresholdPercent: number): number {
  if (quorumBase <= 0) return 0;
  return Math.ceil((quorumBase * thresholdPercent) / 100 - 1e-9);
}

/** Whether approvals meet the threshold. An empty base never does: nobody can approve. */
export function thresholdReached(approvals: number, quorumBase: number, thresholdPercent: number): boolean {
  return quorumBase > 0 && approvals >= requiredApprovals(quorumBase, thresholdPercent);
}
