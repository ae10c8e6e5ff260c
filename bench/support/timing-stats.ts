// Summary figures for a list of durations, as benchmarks print them.

export type Summary = { count: number; min: number; median: number; p95: number; max: number };

/** Nearest-rank percentile: always one of the measured values, never an interpolation. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(fraction * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    min: sorted[0] ?? Number.NaN,
    median: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

export function formatSummary(summary: Summary): string {
  const { min, median, p95, max } = summary;
  return `min ${ms(min)}  median ${ms(median)}  p95 ${ms(p95)}  max ${ms(max)}  (n=${summary.count})`;
}
