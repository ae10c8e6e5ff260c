import type { ThreadRecord } from "./source-records";
import { DAY_MS, clamp, parseTime } from "./time";

// Thread numbers are handed out in order, so a thread's creation time can be estimated
// from its number by interpolating between threads whose creation date is known.

export type TimeEstimator = (number: number) => number;

const REPOSITORY_OPENED = Date.parse("2014-06-01T00:00:00Z");

export function createTimeEstimator(records: readonly ThreadRecord[], snapshotMs: number): TimeEstimator {
  const points = records
    .filter((r) => r.createdDate !== null && !r.synthetic)
    .map((r) => ({ number: r.number, ms: parseTime(`${r.createdDate}T12:00:00Z`) }))
    .sort((a, b) => a.number - b.number);
  if (points.length < 2) throw new Error("need at least two threads with a known creation date");
  // A running maximum irons out the odd thread whose recorded date is out of order.
  for (let i = 1; i < points.length; i++) points[i]!.ms = Math.max(points[i]!.ms, points[i - 1]!.ms);
  const slope = (a: (typeof points)[number], b: (typeof points)[number]) => (b.ms - a.ms) / (b.number - a.number || 1);
  return (number) => {
    let lower = points[0]!;
    let upper = points[1]!;
    if (number > points[points.length - 1]!.number) {
      lower = points[points.length - 2]!;
      upper = points[points.length - 1]!;
    } else if (number >= lower.number) {
      const index = points.findIndex((p) => p.number >= number);
      upper = points[index]!;
      lower = points[Math.max(0, index - 1)]!;
    }
    const estimate = lower.ms + (number - lower.number) * slope(lower, upper);
    return clamp(estimate, REPOSITORY_OPENED, snapshotMs - 2 * DAY_MS);
  };
}
