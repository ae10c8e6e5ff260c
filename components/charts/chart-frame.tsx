import type { ReactNode } from "react";
import type { ScaleLinear } from "d3-scale";
import { CHART_LINE, CHART_TEXT } from "./series-styles";
import { TexturePatterns } from "./textured-fill";
import type { Tick } from "./ticks";

// The shared frame of every chart: a responsive SVG (viewBox, full width) that is one
// image to assistive technology, with its title and description as its name, a count
// axis on the left, a labelled axis at the bottom and the textures in <defs>.

export const WIDTH = 640;
export const MARGIN = { top: 12, right: 16, bottom: 44, left: 56 };

export type ChartFrameProps = {
  id: string;
  title: string;
  description: string;
  height: number;
  y: ScaleLinear<number, number>;
  yLabel: string;
  xTicks: (Tick & { x: number })[];
  xLabel: string;
  children: ReactNode;
};

export function ChartFrame({ id, title, description, height, y, yLabel, xTicks, xLabel, children }: ChartFrameProps) {
  const bottom = height - MARGIN.bottom;
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
      {y.ticks(5).map((tick) => (
        <g key={tick} transform={`translate(0,${y(tick)})`}>
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} className={CHART_LINE} strokeOpacity={0.4} />
          <text x={MARGIN.left - 6} dy="0.32em" textAnchor="end" className={CHART_TEXT}>
            {tick}
          </text>
        </g>
      ))}
      <text
        transform={`translate(14,${(MARGIN.top + bottom) / 2}) rotate(-90)`}
        textAnchor="middle"
        className={CHART_TEXT}
      >
        {yLabel}
      </text>
      {children}
      <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={bottom} y2={bottom} className={CHART_LINE} />
      {xTicks.map((tick) => (
        <g key={tick.index} transform={`translate(${tick.x},${bottom})`}>
          <line y2={5} className={CHART_LINE} />
          <text y={18} textAnchor="middle" className={CHART_TEXT}>
            {tick.label}
          </text>
        </g>
      ))}
      <text x={(MARGIN.left + WIDTH - MARGIN.right) / 2} y={height - 6} textAnchor="middle" className={CHART_TEXT}>
        {xLabel}
      </text>
    </svg>
  );
}
