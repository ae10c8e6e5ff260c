import { earliest, quarterKey, quartersBetween } from "./calendar";
import type { StatsProposal } from "./stats-proposal";

// MSCs opened, merged and closed unmerged in each quarter. Each count uses only MSCs
// whose time for that event is known; `unknown` says how many were left out.

export const THROUGHPUT_SERIES = [
  { key: "opened", label: "Opened" },
  { key: "merged", label: "Merged" },
  { key: "closed", label: "Closed unmerged" },
] as const;

export type ThroughputKey = (typeof THROUGHPUT_SERIES)[number]["key"];

export type Throughput = {
  quarters: string[];
  counts: Record<ThroughputKey, number[]>;
  /** MSCs that had the event (all MSCs were opened) but with no known time. */
  unknown: Record<ThroughputKey, number>;
};

export function throughputPerQuarter(proposals: readonly StatsProposal[], until: number): Throughput {
  const times: Record<ThroughputKey, (number | null)[]> = {
    opened: proposals.map((p) => p.createdAt),
    merged: proposals.filter((p) => p.state === "merged").map((p) => p.mergedAt),
    closed: proposals.filter((p) => p.state === "closed").map((p) => p.closedAt),
  };
  const first = earliest(Object.values(times).flat());
  const quarters = first === null ? [] : quartersBetween(first, until);
  const index = new Map(quarters.map((q, i) => [q, i]));

  const counts = {} as Throughput["counts"];
  const unknown = {} as Throughput["unknown"];
  for (const { key } of THROUGHPUT_SERIES) {
    counts[key] = quarters.map(() => 0);
    unknown[key] = 0;
    for (const t of times[key]) {
      const i = t === null ? undefined : index.get(quarterKey(t));
      if (i === undefined) unknown[key] += 1;
      else counts[key][i]! += 1;
    }
  }
  return { quarters, counts, unknown };
}
