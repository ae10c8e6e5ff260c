import type { FcpRoundDto } from "./fcp-dto";
import { fcpProgress } from "./fcp-progress";

const DAY_MS = 86_400_000;

/**
 * FCP starts once the threshold is reached and no concern is open (MSC-PROCESS.md).
 * Only a proposed round can start; a cancelled one stays cancelled.
 */
export function readyToStart(round: FcpRoundDto): boolean {
  const progress = fcpProgress(round);
  return round.phase === "proposed" && progress.thresholdReached && progress.blockedBy === 0;
}

/**
 * The end promised when FCP starts: start + the configured calendar days (default 5).
 * Fractions of a day are allowed (0.0001 = 8.64 s, for a short FCP in tests); the end is
 * rounded to the millisecond a stored time holds.
 */
export function fcpEndsAt(startedAt: Date, durationDays: number): Date {
  return new Date(startedAt.getTime() + Math.round(durationDays * DAY_MS));
}

/**
 * A running FCP concludes at its end time, but not while a concern is open: a concern
 * raised during FCP does not reset the clock, it only holds the conclusion (the written
 * rule; mscbot ignores it and rfcbot restarts the clock).
 */
export function readyToConclude(round: FcpRoundDto, now: Date): boolean {
  if (round.phase !== "active" || round.ends_at === null) return false;
  return now.getTime() >= Date.parse(round.ends_at) && round.open_concerns === 0;
}
