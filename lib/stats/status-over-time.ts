import { earliest, monthKey, monthsBetween, startOfMonth } from "./calendar";
import type { FcpLabel, StatsProposal } from "./stats-proposal";

// How many MSCs were in each state at the end of every month, rebuilt from what is
// stored. Opening, merge and close times give open / merged / closed-unmerged; the FCP
// stages of open MSCs come from label history, which only a GitHub sync provides. An
// MSC with no opening time counts only from its merge or close, and one with no time
// at all cannot be placed: `basis` says how many of each there were.

export const STATUS_SERIES = [
  { key: "merged", label: "Merged" },
  { key: "closed", label: "Closed unmerged" },
  { key: "fcp-finished", label: "Open, FCP finished" },
  { key: "fcp", label: "Open, in FCP" },
  { key: "proposed-fcp", label: "Open, FCP proposed" },
  { key: "open", label: "Open, other" },
] as const;

export type StatusSeriesKey = (typeof STATUS_SERIES)[number]["key"];

export type StatusOverTime = {
  /** "2026-08": the counts are as at the end of that month (or at `until`, for the last). */
  months: string[];
  counts: Record<StatusSeriesKey, number[]>;
  basis: {
    total: number;
    /** Placed from their opening month on. */
    fromOpening: number;
    /** No opening time: placed only from their merge or close. */
    fromEndOnly: number;
    /** No time at all: not in the chart. */
    unplaced: number;
    /** Open stages come from label history for these. */
    withLabelHistory: number;
  };
};

export function statusOverTime(proposals: readonly StatsProposal[], until: number): StatusOverTime {
  const endOf = (p: StatsProposal) => (p.state === "merged" ? p.mergedAt : p.state === "closed" ? p.closedAt : null);
  const first = earliest(proposals.map((p) => p.createdAt ?? endOf(p)));
  const months = first === null ? [] : monthsBetween(first, until);
  const counts = Object.fromEntries(STATUS_SERIES.map((s) => [s.key, months.map(() => 0)])) as StatusOverTime["counts"];

  for (const p of proposals) {
    const end = endOf(p);
    months.forEach((month, i) => {
      const at = Math.min(startOfMonth(month, 1) - 1, until);
      const key = stateAt(p, end, at);
      if (key) counts[key][i]! += 1;
    });
  }

  const fromOpening = proposals.filter((p) => p.createdAt !== null).length;
  const fromEndOnly = proposals.filter((p) => p.createdAt === null && endOf(p) !== null).length;
  return {
    months: months.map(monthKey),
    counts,
    basis: {
      total: proposals.length,
      fromOpening,
      fromEndOnly,
      unplaced: proposals.length - fromOpening - fromEndOnly,
      withLabelHistory: proposals.filter((p) => p.fcpLabelChanges.length > 0).length,
    },
  };
}

function stateAt(p: StatsProposal, end: number | null, at: number): StatusSeriesKey | null {
  if (end !== null && end <= at) return p.state === "merged" ? "merged" : "closed";
  if (p.createdAt === null || p.createdAt > at) return null;
  return fcpStageAt(p, at) ?? "open";
}

// Replays label history up to `at`; the furthest stage held wins, as in deriveStatus.
function fcpStageAt(p: StatsProposal, at: number): StatusSeriesKey | null {
  const held = new Set<FcpLabel>();
  for (const change of p.fcpLabelChanges) {
    if (change.at > at) break;
    if (change.action === "added") held.add(change.label);
    else held.delete(change.label);
  }
  if (held.has("finished-final-comment-period")) return "fcp-finished";
  if (held.has("final-comment-period")) return "fcp";
  if (held.has("proposed-final-comment-period")) return "proposed-fcp";
  return null;
}
