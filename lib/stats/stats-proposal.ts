// The facts the statistics are computed from: one plain object per MSC, times as epoch
// milliseconds (null when unknown). The loader fills it; everything else here is pure.

export type ProposalState = "open" | "merged" | "closed";

/** A label that marks an FCP stage, with the precedence deriveStatus gives them. */
export type FcpLabel = "proposed-final-comment-period" | "final-comment-period" | "finished-final-comment-period";

export const FCP_LABELS: readonly FcpLabel[] = [
  "proposed-final-comment-period",
  "final-comment-period",
  "finished-final-comment-period",
];

export type FcpLabelChange = { label: FcpLabel; action: "added" | "removed"; at: number };

export type StatsProposal = {
  number: number;
  title: string;
  state: ProposalState;
  /** The `kind:` label's value, or null when the MSC has none (or its labels are unknown). */
  kind: string | null;
  createdAt: number | null;
  closedAt: number | null;
  mergedAt: number | null;
  /** FcpRound.startedAt, else the first `final-comment-period` added; null when never seen. */
  fcpStartedAt: number | null;
  /** The newest of GitHub's updated_at, the opening and any label change. */
  lastActivityAt: number | null;
  /** FCP label history, oldest first; empty when none was synced. */
  fcpLabelChanges: FcpLabelChange[];
};
