import { readFileSync } from "node:fs";

// Resident memory of another process (the app server runs as a child), sampled from
// /proc: Linux only, which is where these benchmarks run.

export type ProcessRss = { currentBytes(): number; stop(): number };

function rssOf(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0; // exited, or not Linux
  }
}

/** Samples every `intervalMs` until stopped; stop() returns the peak. */
export function sampleProcessRss(pid: number, intervalMs = 100): ProcessRss {
  let peak = rssOf(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssOf(pid))), intervalMs);
  return {
    currentBytes: () => rssOf(pid),
    stop() {
      clearInterval(timer);
      return Math.max(peak, rssOf(pid));
    },
  };
}
