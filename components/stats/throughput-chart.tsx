import { ChartSection } from "@/components/charts/chart-section";
import { DataTable } from "@/components/charts/data-table";
import { GroupedBarChart } from "@/components/charts/grouped-bar-chart";
import { Legend } from "@/components/charts/legend";
import { seriesStyle } from "@/components/charts/series-styles";
import { THROUGHPUT_SERIES, type Throughput } from "@/lib/stats/throughput-per-quarter";

const ID = "throughput";
// Opened in sky, merged in emerald, closed in grey: the same meaning as the status chart.
const STYLE_INDEX = { opened: 5, merged: 0, closed: 1 } as const;

export function ThroughputChart({ data }: { data: Throughput }) {
  const series = THROUGHPUT_SERIES.map((s) => ({
    ...s,
    values: data.counts[s.key],
    style: seriesStyle(STYLE_INDEX[s.key]),
  }));
  const title = "Throughput per quarter";
  const total = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const last = data.quarters.length - 1;
  return (
    <ChartSection
      id={ID}
      title={title}
      note={
        <p>
          MSCs opened, merged and closed without merging in each quarter, counted from the time of each event. Left out
          for want of a time: {data.unknown.opened} openings, {data.unknown.merged} merges and {data.unknown.closed}{" "}
          unmerged closes.
        </p>
      }
    >
      {last < 0 ? (
        <p>No MSC has a known time yet.</p>
      ) : (
        <>
          <GroupedBarChart
            id={ID}
            title={title}
            description={
              `Bars per quarter, ${data.quarters[0]} to ${data.quarters[last]}, for MSCs opened, merged and closed ` +
              `unmerged. In total: ${series.map((s) => `${total(s.values)} ${s.label.toLowerCase()}`).join(", ")}.`
            }
            keys={data.quarters}
            series={series}
            yLabel="MSCs"
            xLabel="Quarter"
          />
          <Legend
            chartId={ID}
            label={`${title}: key`}
            entries={series.map((s) => ({ label: s.label, style: s.style, detail: `${total(s.values)} in all` }))}
          />
          <DataTable
            caption={`${title}: MSCs opened, merged and closed unmerged`}
            columns={["Quarter", ...series.map((s) => s.label)]}
            rows={data.quarters.map((q, i) => [q, ...series.map((s) => s.values[i] ?? 0)])}
          />
        </>
      )}
    </ChartSection>
  );
}
