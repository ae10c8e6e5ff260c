import "server-only";
import { memoPerGeneration } from "../cache/memo-per-generation";
import { getPrisma } from "../db/client";
import type { PrismaClient } from "../db/generated/client";
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
// database, and the answer only changes when data does: it is kept per data generation
// and age limit (lib/cache/memo-per-generation.ts). Concurrent requests after a change
// share one computation; a failed one is not kept.
const statsFor = memoPerGeneration("stats", (prisma: PrismaClient) => computeStatsData(prisma, Date.now()));

export async function getStatsData(): Promise<StatsData> {
  return statsFor(await getPrisma());
}

async function computeStatsData(prisma: PrismaClient, now: number): Promise<StatsData> {
  const [proposals, freshness] = await Promise.all([loadStatsProposals(prisma), getDataFreshness()]);
  const asOf = freshness.asOf ? Date.parse(freshness.asOf) : now;
  return {
    asOf,
    proposals,
    statusOverTime: statusOverTime(proposals, asOf),
    durations: durationsByKind(proposals),
    throughput: throughputPerQuarter(proposals, asOf),
  };
}
