import { scaleBand, scaleLinear } from "d3-scale";
import { ChartFrame, MARGIN, WIDTH } from "./chart-frame";
import type { SeriesStyle } from "./series-styles";
import { TexturedShape } from "./textured-fill";
import { yearTicks } from "./ticks";

export type BarSeries = { key: string; label: string; values: number[]; style: SeriesStyle };

const HEIGHT = 300;

/** Side-by-side bars per category (keys are "YYYY ..." labels), one bar per series. */
export function GroupedBarChart(props: {
  id: string;
  title: string;
  description: string;
  keys: string[];
  series: BarSeries[];
  yLabel: string;
  xLabel: string;
}) {
  const { id, keys, series } = props;
  const x = scaleBand<number>()
    .domain(keys.map((_, i) => i))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .paddingInner(0.2);
  const inner = scaleBand<number>()
    .domain(series.map((_, i) => i))
    .range([0, x.bandwidth()]);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...series.flatMap((s) => s.values))])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);

  return (
    <ChartFrame
      {...props}
      height={HEIGHT}
      y={y}
      xTicks={yearTicks(keys).map((tick) => ({ ...tick, x: (x(tick.index) ?? 0) + x.bandwidth() / 2 }))}
    >
      {series.map((s, si) => (
        <TexturedShape key={s.key} chartId={id} style={s.style}>
          {(paint) => (
            <g {...paint}>
              {s.values.map((value, i) =>
                value === 0 ? null : (
                  <rect
                    key={i}
                    x={(x(i) ?? 0) + (inner(si) ?? 0)}
                    width={inner.bandwidth()}
                    y={y(value)}
                    height={y(0) - y(value)}
                  />
                ),
              )}
            </g>
          )}
        </TexturedShape>
      ))}
    </ChartFrame>
  );
}
