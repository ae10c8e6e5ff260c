// How chart series are told apart: a colour (with a dark-mode variant) and a texture,
// so that the legend and the chart still match for readers who cannot tell the colours
// apart, or print in black and white.

export type Texture = "solid" | "diagonal" | "dots" | "cross" | "horizontal" | "vertical";

export type SeriesStyle = { fill: string; texture: Texture };

export const SERIES_STYLES: readonly SeriesStyle[] = [
  { fill: "fill-emerald-600 dark:fill-emerald-500", texture: "solid" },
  { fill: "fill-zinc-400 dark:fill-zinc-500", texture: "diagonal" },
  { fill: "fill-lime-500 dark:fill-lime-600", texture: "dots" },
  { fill: "fill-orange-500 dark:fill-orange-500", texture: "cross" },
  { fill: "fill-amber-300 dark:fill-amber-400", texture: "horizontal" },
  { fill: "fill-sky-500 dark:fill-sky-600", texture: "vertical" },
];

export function seriesStyle(index: number): SeriesStyle {
  return SERIES_STYLES[index % SERIES_STYLES.length]!;
}

/** The id of a texture's pattern within one chart (ids are page-wide, so prefixed). */
export function patternId(chartId: string, texture: Texture): string {
  return `${chartId}-texture-${texture}`;
}

/** Text inside charts: readable on both backgrounds. */
export const CHART_TEXT = "fill-zinc-700 dark:fill-zinc-300";
export const CHART_LINE = "stroke-zinc-400 dark:stroke-zinc-600";
