import { Worker } from "node:worker_threads";

// Peak resident memory during one measured step. RSS is process-wide, so a worker thread
// can sample it; it must, because a sync on the embedded database can hold the main
// thread for seconds (PGlite answers through microtasks only), and a timer there would
// miss exactly those stretches. process.resourceUsage().maxRSS is no help either: it is
// a high-water mark over the whole process, blind to a later, smaller step.

export type RssFigures = { baselineBytes: number; peakBytes: number; samples: number };

const SAMPLER = `
const { parentPort, workerData } = require("node:worker_threads");
let peak = process.memoryUsage.rss();
let samples = 0;
const sample = () => { peak = Math.max(peak, process.memoryUsage.rss()); samples++; };
const timer = setInterval(sample, workerData.intervalMs);
parentPort.postMessage("ready");
parentPort.once("message", () => { clearInterval(timer); sample(); parentPort.postMessage({ peak, samples }); });
`;

export async function startRssSampler(intervalMs = 50): Promise<{ stop(): Promise<RssFigures> }> {
  const worker = new Worker(SAMPLER, { eval: true, workerData: { intervalMs } });
  await new Promise((resolve) => worker.once("message", resolve));
  // Taken once the worker runs, so its own memory is in the baseline, not in the delta.
  const baselineBytes = process.memoryUsage.rss();
  return {
    async stop() {
      const result = new Promise<{ peak: number; samples: number }>((resolve) => worker.once("message", resolve));
      worker.postMessage("stop");
      const { peak, samples } = await result;
      await worker.terminate();
      return { baselineBytes, peakBytes: Math.max(peak, baselineBytes), samples };
    },
  };
}

export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Settles garbage first when node runs with --expose-gc, so baselines are comparable. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
