import autocannon from "autocannon";

// One autocannon run and the figures the site benchmark prints from it.

export type LoadFigures = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  bytesPerSecond: number;
  total: number;
  failures: number;
};

export async function runLoad(url: string, connections: number, durationSeconds: number): Promise<LoadFigures> {
  const result = await autocannon({ url, connections, duration: durationSeconds });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    bytesPerSecond: result.throughput.average,
    total: result.requests.total,
    // Anything but a 200 means the figures are not about serving the page.
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

const pad = (text: string, width: number) => text.padStart(width);

export const LOAD_HEADER = `    ${"server".padEnd(22)}${pad("req/s", 9)}${pad("p50", 8)}${pad("p99", 8)}${pad("MB/s", 8)}${pad("requests", 10)}`;

export function formatLoad(name: string, figures: LoadFigures): string {
  const failed = figures.failures ? `  (${figures.failures} non-200/errors!)` : "";
  return (
    `    ${name.padEnd(22)}${pad(figures.requestsPerSecond.toFixed(0), 9)}${pad(`${figures.p50Ms} ms`, 8)}` +
    `${pad(`${figures.p99Ms} ms`, 8)}${pad((figures.bytesPerSecond / 1e6).toFixed(1), 8)}${pad(String(figures.total), 10)}${failed}`
  );
}
