import type { Metadata } from "next";
import { DurationsChart } from "@/components/stats/durations-chart";
import { StalledList } from "@/components/stats/stalled-list";
import { StatusOverTimeChart } from "@/components/stats/status-over-time-chart";
import { ThroughputChart } from "@/components/stats/throughput-chart";
import { getStatsData } from "@/lib/stats/get-stats-data";
import { stalledProposals } from "@/lib/stats/stalled-proposals";
import { parseStalledMonths } from "@/lib/stats/stalled-months-param";

export const metadata: Metadata = { title: "Statistics" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function StatsPage({ searchParams }: { searchParams: SearchParams }) {
  const stalledMonths = parseStalledMonths((await searchParams).stalled_months);
  // Everything is measured up to the data's date, not today: a months-old snapshot
  // would otherwise show empty recent months and call every MSC stalled.
  const data = await getStatsData();

  return (
    <div className="space-y-12">
      <div>
        <h1 className="text-2xl font-bold">Statistics</h1>
        <p className="mt-1 text-zinc-600 dark:text-zinc-400">
          {data.proposals.length} MSCs, measured up to the data&apos;s date. Each chart says what it is built from; its
          numbers are in a table below it.
        </p>
      </div>
      <StatusOverTimeChart data={data.statusOverTime} />
      <DurationsChart rows={data.durations} />
      <ThroughputChart data={data.throughput} />
      <StalledList
        data={stalledProposals(data.proposals, data.asOf, stalledMonths.months)}
        asOf={new Date(data.asOf).toISOString()}
        error={stalledMonths.error}
      />
    </div>
  );
}
