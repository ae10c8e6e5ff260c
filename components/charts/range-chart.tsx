import { scaleLinear } from "d3-scale";
import { CHART_LINE, CHART_TEXT, type SeriesStyle } from "./series-styles";
import { TexturedShape, TexturePatterns } from "./textured-fill";

// Medians with their interquartile range, in horizontal rows grouped under headings:
// one group per kind, one row per span. Each row's figure and n are written beside it,
// so the chart reads without the legend and without colour.

export type RangeValue = { n: number; q1: number; median: number; q3: number } | null;
export type RangeGroup = { label: string; rows: { label: string; value: RangeValue; style: SeriesStyle }[] };

const WIDTH = 640;
const LEFT = 136;
const RIGHT = 128;
const ROW = 20;
const GROUP_GAP = 22;
const AXIS = 44;

export function RangeChart({
  id,
  title,
  description,
  groups,
  xLabel,
  unit,
}: {
  id: string;
  title: string;
  description: string;
  groups: RangeGroup[];
  xLabel: string;
  unit: string;
}) {
  const max = Math.max(1, ...groups.flatMap((g) => g.rows.map((r) => r.value?.q3 ?? 0)));
  const x = scaleLinear()
    .domain([0, max])
    .nice()
    .range([LEFT, WIDTH - RIGHT]);
  const groupHeight = GROUP_GAP + ROW * (groups[0]?.rows.length ?? 0);
  const bottom = 8 + groupHeight * groups.length;
  const height = bottom + AXIS;

  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      className="h-auto max-w-3xl text-[13px]"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <TexturePatterns chartId={id} />
      {x.ticks(5).map((tick) => (
        <g key={tick} transform={`translate(${x(tick)},0)`}>
          <line y1={8} y2={bottom} className={CHART_LINE} strokeOpacity={0.4} />
          <text y={bottom + 18} textAnchor="middle" className={CHART_TEXT}>
            {tick}
          </text>
        </g>
      ))}
      {groups.map((group, gi) => (
        <g key={group.label} transform={`translate(0,${8 + gi * groupHeight})`}>
          <text x={0} y={14} className={`${CHART_TEXT} font-semibold`}>
            {group.label}
          </text>
          {group.rows.map((row, ri) => (
            <g key={row.label} transform={`translate(0,${GROUP_GAP + ri * ROW})`}>
              <text x={12} y={ROW / 2} dy="0.32em" className={CHART_TEXT}>
                {row.label}
              </text>
              <RangeMark id={id} x={x} value={row.value} style={row.style} />
              <text x={WIDTH - RIGHT + 8} y={ROW / 2} dy="0.32em" className={CHART_TEXT}>
                {row.value ? `${Math.round(row.value.median)} ${unit} (n=${row.value.n})` : "no data (n=0)"}
              </text>
            </g>
          ))}
        </g>
      ))}
      <line x1={LEFT} x2={WIDTH - RIGHT} y1={bottom} y2={bottom} className={CHART_LINE} />
      <text x={(LEFT + WIDTH - RIGHT) / 2} y={height - 6} textAnchor="middle" className={CHART_TEXT}>
        {xLabel}
      </text>
    </svg>
  );
}

function RangeMark({
  id,
  x,
  value,
  style,
}: {
  id: string;
  x: (v: number) => number;
  value: RangeValue;
  style: SeriesStyle;
}) {
  if (!value) return null;
  // At least 3 units wide, so that a single MSC (q1 = q3) still shows a bar.
  const width = Math.max(3, x(value.q3) - x(value.q1));
  return (
    <>
      <TexturedShape chartId={id} style={style}>
        {(paint) => <rect x={x(value.q1)} y={3} width={width} height={ROW - 6} {...paint} />}
      </TexturedShape>
      <line
        x1={x(value.median)}
        x2={x(value.median)}
        y1={0}
        y2={ROW}
        strokeWidth={2.5}
        className="stroke-zinc-900 dark:stroke-white"
      />
    </>
  );
}
