// Median and quartiles of a small sample, interpolating between ranks (the method
// spreadsheets and d3.quantile use), so that two values give their midpoint.

export type Quartiles = { n: number; q1: number; median: number; q3: number };

export function quartiles(values: readonly number[]): Quartiles | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, q1: quantile(sorted, 0.25), median: quantile(sorted, 0.5), q3: quantile(sorted, 0.75) };
}

function quantile(sorted: number[], p: number): number {
  const rank = (sorted.length - 1) * p;
  const below = Math.floor(rank);
  const low = sorted[below]!;
  const high = sorted[Math.min(below + 1, sorted.length - 1)]!;
  return low + (high - low) * (rank - below);
}
