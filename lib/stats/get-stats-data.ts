import "server-only";
import { dataGeneration } from "../cache/data-generation";
import { getDataFreshness } from "../proposals/get-data-freshness";
import { durationsByKind, type DurationRow } from "./durations-by-kind";
import { loadStatsProposals } from "./load-stats-proposals";
import type { StatsProposal } from "./stats-proposal";
import { statusOverTime, type StatusOverTime } from "./status-over-time";
import { throughputPerQuarter, type Throughput } from "./throughput-per-quarter";

export type StatsData = {
  /** The data's date: everything is measured up to it (see app/stats/page.tsx). */
  asOf: number;
  proposals: StatsProposal[];
  statusOverTime: StatusOverTime;
  durations: DurationRow[];
  throughput: Throughput;
};

// Loading and computing at 4,500 MSCs costs a few hundred milliseconds on the embedded
// database, and the answer only changes when data does. So it is kept per data
// generation (lib/cache/data-generation.ts): a write in this process shows on the next
// request. Writes by another process (`npm run sync` against PostgreSQL, a second
// instance) do not move this process's counter; the age limit bounds how long those
// stay unseen. Concurrent requests after a change share one computation.
const MAX_AGE_MS = 60_000;

type Entry = { generation: number; storedAt: number; data: Promise<StatsData> };
let entry: Entry | null = null;

export function getStatsData(now: number = Date.now()): Promise<StatsData> {
  const generation = dataGeneration();
  if (entry && entry.generation === generation && now - entry.storedAt < MAX_AGE_MS) return entry.data;
  const fresh: Entry = { generation, storedAt: now, data: computeStatsData(now) };
  entry = fresh;
  // A failed load is not kept: the next request tries again.
  fresh.data.catch(() => {
    if (entry === fresh) entry = null;
  });
  return fresh.data;
}

async function computeStatsData(now: number): Promise<StatsData> {
  const [proposals, freshness] = await Promise.all([loadStatsProposals(), getDataFreshness()]);
  const asOf = freshness.asOf ? Date.parse(freshness.asOf) : now;
  return {
    asOf,
    proposals,
    statusOverTime: statusOverTime(proposals, asOf),
    durations: durationsByKind(proposals),
    throughput: throughputPerQuarter(proposals, asOf),
  };
}
