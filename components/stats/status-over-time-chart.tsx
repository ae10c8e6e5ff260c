import { Legend } from "@/components/charts/legend";
import { ChartSection } from "@/components/charts/chart-section";
import { DataTable } from "@/components/charts/data-table";
import { seriesStyle } from "@/components/charts/series-styles";
import { StackedAreaChart } from "@/components/charts/stacked-area-chart";
import { monthLabel } from "@/lib/stats/calendar";
import { STATUS_SERIES, type StatusOverTime } from "@/lib/stats/status-over-time";

const ID = "status-over-time";

export function StatusOverTimeChart({ data }: { data: StatusOverTime }) {
  const series = STATUS_SERIES.map((s, i) => ({ ...s, values: data.counts[s.key], style: seriesStyle(i) }));
  const last = data.months.length - 1;
  const title = "MSCs per status over time";
  const { basis } = data;
  return (
    <ChartSection
      id={ID}
      title={title}
      note={
        <p>
          Rebuilt month by month from opening, merge and close times: {basis.fromOpening} of {basis.total} MSCs have a
          known opening date and count from then on; {basis.fromEndOnly} more appear only once merged or closed;{" "}
          {basis.unplaced} are left out, having no known time or being merged or closed at an unknown time. The FCP
          stages of open MSCs come from label history, known for {basis.withLabelHistory} MSCs (a GitHub sync records
          it; the bundled snapshot has none).
        </p>
      }
    >
      {last < 0 ? (
        <p>No MSC has a known time yet.</p>
      ) : (
        <>
          <StackedAreaChart
            id={ID}
            title={title}
            description={
              `Stacked areas of MSC counts at the end of each month, ${monthLabel(data.months[0]!)} to ` +
              `${monthLabel(data.months[last]!)}. At the end: ` +
              series.map((s) => `${s.label.toLowerCase()} ${s.values[last]}`).join(", ") +
              "."
            }
            keys={data.months}
            series={series}
            yLabel="MSCs"
            xLabel="Month (end of)"
          />
          <Legend
            chartId={ID}
            label={`${title}: key`}
            entries={[...series]
              .reverse()
              .map((s) => ({ label: s.label, style: s.style, detail: `${s.values[last]} now` }))}
          />
          <DataTable
            caption={`${title}, counts at the end of each month`}
            columns={["Month", ...series.map((s) => s.label)]}
            rows={data.months.map((m, i) => [monthLabel(m), ...series.map((s) => s.values[i] ?? 0)])}
          />
        </>
      )}
    </ChartSection>
  );
}
