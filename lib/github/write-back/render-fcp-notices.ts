import type { FcpDispositionName } from "@/lib/fcp/fcp-dto";
import { commentMarker } from "./comment-marker";

// mscbot-python's one-off comments when an FCP starts and when it completes, in its
// words, each linking to the status comment ("the review"), plus the write-back marker.

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

export type StartNotice = { roundId: number; reviewUrl: string; startedAt: Date; endsAt: Date };

export function renderStartNotice({ roundId, reviewUrl, startedAt, endsAt }: StartNotice): string {
  return [
    `:bell: This is now entering its final comment period, as per [the review](${reviewUrl}) above. :bell:`,
    "",
    `The final comment period will run for ${formatDuration(endsAt.getTime() - startedAt.getTime())} ` +
      `until ${formatMscbotTime(endsAt)}.`,
    "",
    commentMarker(roundId, "start"),
  ].join("\n");
}

export type EndNotice = { roundId: number; reviewUrl: string; disposition: FcpDispositionName };

export function renderEndNotice({ roundId, reviewUrl, disposition }: EndNotice): string {
  return [
    `The final comment period, with a disposition to **${disposition}**, as per [the review](${reviewUrl}) above, ` +
      "is now **complete**.",
    "",
    commentMarker(roundId, "end"),
  ].join("\n");
}

/** mscbot's strftime("%B %-d, %Y at %H:%M:%S %Z") in UTC: "July 14, 2022 at 14:34:14 UTC". */
export function formatMscbotTime(date: Date): string {
  const month = date.toLocaleString("en-US", { month: "long", timeZone: "UTC" });
  const pad = (n: number) => String(n).padStart(2, "0");
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  return `${month} ${date.getUTCDate()}, ${date.getUTCFullYear()} at ${time} UTC`;
}

const count = (n: number, unit: string) => (n === 1 ? `1 ${unit}` : `${n} ${unit}s`);

/**
 * "5 days" (mscbot's wording); a duration that is not whole days is said in hours, and
 * one under an hour (a short FCP_DURATION_DAYS, as the e2e tests run) in minutes or seconds.
 */
function formatDuration(ms: number): string {
  const days = ms / DAY_MS;
  if (Number.isInteger(days)) return count(days, "day");
  if (ms >= HOUR_MS) return count(Math.round(ms / HOUR_MS), "hour");
  if (ms >= MINUTE_MS) return count(Math.round(ms / MINUTE_MS), "minute");
  return count(Math.round(ms / 1000), "second");
}
