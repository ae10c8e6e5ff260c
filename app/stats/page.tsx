import type { Metadata } from "next";
import { DurationsChart } from "@/components/stats/durations-chart";
import { StalledList } from "@/components/stats/stalled-list";
import { StatusOverTimeChart } from "@/components/stats/status-over-time-chart";
import { ThroughputChart } from "@/components/stats/throughput-chart";
import { getDataFreshness } from "@/lib/proposals/get-data-freshness";
import { durationsByKind } from "@/lib/stats/durations-by-kind";
import { loadStatsProposals } from "@/lib/stats/load-stats-proposals";
import { stalledProposals } from "@/lib/stats/stalled-proposals";
import { parseStalledMonths } from "@/lib/stats/stalled-months-param";
import { statusOverTime } from "@/lib/stats/status-over-time";
import { throughputPerQuarter } from "@/lib/stats/throughput-per-quarter";

export const metadata: Metadata = { title: "Statistics" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function StatsPage({ searchParams }: { searchParams: SearchParams }) {
  const stalledMonths = parseStalledMonths((await searchParams).stalled_months);
  const [proposals, freshness] = await Promise.all([loadStatsProposals(), getDataFreshness()]);
  // Everything is measured up to the data's date, not today: a months-old snapshot
  // would otherwise show empty recent months and call every MSC stalled.
  const asOf = freshness.asOf ? Date.parse(freshness.asOf) : new Date().getTime();
  const asOfIso = new Date(asOf).toISOString();

  return (
    <div className="space-y-12">
      <div>
        <h1 className="text-2xl font-bold">Statistics</h1>
        <p className="mt-1 text-zinc-600 dark:text-zinc-400">
          {proposals.length} MSCs, measured up to the data&apos;s date. Each chart says what it is built from; its
          numbers are in a table below it.
        </p>
      </div>
      <StatusOverTimeChart data={statusOverTime(proposals, asOf)} />
      <DurationsChart rows={durationsByKind(proposals)} />
      <ThroughputChart data={throughputPerQuarter(proposals, asOf)} />
      <StalledList
        data={stalledProposals(proposals, asOf, stalledMonths.months)}
        asOf={asOfIso}
        error={stalledMonths.error}
      />
    </div>
  );
}
