import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";

/** Calls `check` every `intervalMs` until it is true; returns when that happened (performance.now()). */
export async function pollUntil(check: () => Promise<boolean>, intervalMs = 10, timeoutMs = 30_000): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (await check()) return performance.now();
    if (performance.now() > deadline) throw new Error(`not visible after ${timeoutMs} ms`);
    await sleep(intervalMs);
  }
}

/** Wall time of one call, in milliseconds. */
export async function timeIt(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}
