import { ChartSection } from "@/components/charts/chart-section";
import { DataTable } from "@/components/charts/data-table";
import { Legend } from "@/components/charts/legend";
import { RangeChart } from "@/components/charts/range-chart";
import { seriesStyle } from "@/components/charts/series-styles";
import { KINDS, SPANS, type DurationRow } from "@/lib/stats/durations-by-kind";

const ID = "durations";
// Opening to FCP in amber (as FCP), FCP to merge in emerald (as merged), the whole in sky.
const STYLES = { openToFcp: seriesStyle(4), fcpToMerge: seriesStyle(0), openToMerge: seriesStyle(5) } as const;
const SHORT = { openToFcp: "Opening → FCP", fcpToMerge: "FCP → merge", openToMerge: "Opening → merge" } as const;

const days = (value: number) => String(Math.round(value));

export function DurationsChart({ rows }: { rows: DurationRow[] }) {
  const title = "Time from opening to FCP to merge, by kind";
  const label = (kind: string) => KINDS.find((k) => k.key === kind)!.label;
  const groups = rows.map((row) => ({
    label: label(row.kind),
    rows: SPANS.map((span) => ({ label: SHORT[span.key], value: row.spans[span.key], style: STYLES[span.key] })),
  }));
  const all = rows.find((r) => r.kind === "all")!.spans;
  return (
    <ChartSection
      id={ID}
      title={title}
      note={
        <>
          <p>
            Median days (the line) and the middle half of MSCs (the bar, first to third quartile). FCP start is the
            recorded FCP round&apos;s start, else the first <code>final-comment-period</code> label added; kind is the{" "}
            <code>kind:</code> label. Each figure counts only MSCs with both of its times, so n differs between rows and
            the spans do not add up.
          </p>
          <p>The bundled snapshot knows few opening dates and no FCP history; a GitHub sync fills both in.</p>
        </>
      }
    >
      <RangeChart
        id={ID}
        title={title}
        description={
          "Median days per kind for opening to FCP start, FCP start to merge and opening to merge. All kinds: " +
          SPANS.map((s) =>
            all[s.key]
              ? `${s.label.toLowerCase()} ${days(all[s.key]!.median)} days (n=${all[s.key]!.n})`
              : `${s.label.toLowerCase()} no data`,
          ).join(", ") +
          "."
        }
        groups={groups}
        xLabel="Days (line: median; bar: first to third quartile)"
        unit="d"
      />
      <Legend
        chartId={ID}
        label={`${title}: key`}
        entries={SPANS.map((s) => ({ label: s.label, style: STYLES[s.key] }))}
      />
      <DataTable
        caption={`${title}, in days`}
        columns={["Kind and span", "n", "Median", "First quartile", "Third quartile"]}
        rows={rows.flatMap((row) =>
          SPANS.map((span) => {
            const v = row.spans[span.key];
            const head = `${label(row.kind)}: ${span.label.toLowerCase()}`;
            return v ? [head, v.n, days(v.median), days(v.q1), days(v.q3)] : [head, 0, "–", "–", "–"];
          }),
        )}
      />
    </ChartSection>
  );
}
