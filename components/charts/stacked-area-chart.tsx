import { scaleLinear } from "d3-scale";
import { area, stack } from "d3-shape";
import { ChartFrame, MARGIN, WIDTH } from "./chart-frame";
import type { SeriesStyle } from "./series-styles";
import { TexturedShape } from "./textured-fill";
import { yearTicks } from "./ticks";

export type AreaSeries = { key: string; label: string; values: number[]; style: SeriesStyle };

const HEIGHT = 320;

/** Counts over time, stacked bottom to top in the order given. Keys are "YYYY-..." labels. */
export function StackedAreaChart(props: {
  id: string;
  title: string;
  description: string;
  keys: string[];
  series: AreaSeries[];
  yLabel: string;
  xLabel: string;
}) {
  const { id, keys, series } = props;
  const rows = keys.map((_, i) => Object.fromEntries(series.map((s) => [s.key, s.values[i] ?? 0])));
  const layers = stack<Record<string, number>>().keys(series.map((s) => s.key))(rows);
  const top = Math.max(1, ...rows.map((row) => Object.values(row).reduce((a, b) => a + b, 0)));

  const x = scaleLinear()
    .domain([0, Math.max(1, keys.length - 1)])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleLinear()
    .domain([0, top])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const shape = area<[number, number]>()
    .x((_, i) => x(i))
    .y0(([low]) => y(low))
    .y1(([, high]) => y(high));

  return (
    <ChartFrame
      {...props}
      height={HEIGHT}
      y={y}
      xTicks={yearTicks(keys).map((tick) => ({ ...tick, x: x(tick.index) }))}
    >
      {layers.map((layer, i) => (
        <TexturedShape key={layer.key} chartId={id} style={series[i]!.style}>
          {(paint) => <path d={shape(layer.map(([low, high]) => [low, high])) ?? ""} {...paint} />}
        </TexturedShape>
      ))}
    </ChartFrame>
  );
}
