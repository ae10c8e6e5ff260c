import { earliest, monthKey, monthsBetween, startOfMonth } from "./calendar";
import type { FcpLabel, StatsProposal } from "./stats-proposal";

// How many MSCs were in each state at the end of every month, rebuilt from what is
// stored. Opening, merge and close times give open / merged / closed-unmerged; the FCP
// stages of open MSCs come from label history, which only a GitHub sync provides. An
// MSC with no opening time counts only from its merge or close; one with no time at all,
// or merged or closed at an unknown time, cannot be placed: `basis` says how many.

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
    /** No time at all, or merged or closed at an unknown time: not in the chart. */
    unplaced: number;
    /** Open stages come from label history for these. */
    withLabelHistory: number;
  };
};

export function statusOverTime(proposals: readonly StatsProposal[], until: number): StatusOverTime {
  const first = earliest(proposals.map((p) => p.createdAt ?? endOf(p)));
  const months = first === null ? [] : monthsBetween(first, until);
  // The instant each month's count is taken: its last millisecond, or `until` for the last.
  const cuts = months.map((month) => Math.min(startOfMonth(month, 1) - 1, until));

  // Each MSC adds +1 from the first month its state holds at the cut and -1 from the first
  // month it no longer does; one running sum per series then gives the counts. This is
  // linear in MSCs plus months, which matters at 4,500 MSCs over 150 months.
  const deltas = Object.fromEntries(STATUS_SERIES.map((s) => [s.key, new Array<number>(months.length + 1).fill(0)]));
  for (const p of proposals) {
    const timeline = timelineOf(p);
    timeline.forEach(({ from, key }, i) => {
      const next = timeline[i + 1]?.from ?? Infinity;
      const a = firstCutAtOrAfter(cuts, from);
      const b = firstCutAtOrAfter(cuts, next);
      if (key && a < b) {
        deltas[key]![a]! += 1;
        deltas[key]![b]! -= 1;
      }
    });
  }
  const counts = Object.fromEntries(
    STATUS_SERIES.map((s) => {
      let running = 0;
      return [s.key, months.map((_, i) => (running += deltas[s.key]![i]!))];
    }),
  ) as StatusOverTime["counts"];

  const fromOpening = proposals.filter((p) => placeable(p) && p.createdAt !== null).length;
  const fromEndOnly = proposals.filter((p) => placeable(p) && p.createdAt === null && endOf(p) !== null).length;
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

// A merged or closed MSC whose end time is unknown cannot be placed at all: counting it
// open from its opening on would show it open to this day.
function placeable(p: StatsProposal): boolean {
  return p.state === "open" || endOf(p) !== null;
}

function endOf(p: StatsProposal): number | null {
  return p.state === "merged" ? p.mergedAt : p.state === "closed" ? p.closedAt : null;
}

type Step = { from: number; key: StatusSeriesKey | null };

// The MSC's states in time order: unplaced (null) until opened, open stages as its label
// history moves (the furthest stage held wins, as in deriveStatus), then merged or closed.
function timelineOf(p: StatsProposal): Step[] {
  const end = endOf(p);
  const endKey: StatusSeriesKey = p.state === "merged" ? "merged" : "closed";
  const steps: Step[] = [];
  if (!placeable(p)) return steps;
  if (p.createdAt !== null) {
    steps.push({ from: p.createdAt, key: "open" });
    const held = new Set<FcpLabel>();
    for (const change of p.fcpLabelChanges) {
      if (change.action === "added") held.add(change.label);
      else held.delete(change.label);
      if (change.at > p.createdAt) steps.push({ from: change.at, key: stageOf(held) });
      else steps[0] = { from: p.createdAt, key: stageOf(held) };
    }
  }
  if (end !== null) {
    while (steps.length > 0 && steps.at(-1)!.from >= end) steps.pop();
    steps.push({ from: end, key: endKey });
  }
  return steps;
}

function stageOf(held: ReadonlySet<FcpLabel>): StatusSeriesKey {
  if (held.has("finished-final-comment-period")) return "fcp-finished";
  if (held.has("final-comment-period")) return "fcp";
  if (held.has("proposed-final-comment-period")) return "proposed-fcp";
  return "open";
}

/** The index of the first cut at or after `at` (cuts.length when none). */
function firstCutAtOrAfter(cuts: readonly number[], at: number): number {
  let low = 0;
  let high = cuts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (cuts[mid]! < at) low = mid + 1;
    else high = mid;
  }
  return low;
}
